import { describe, expect, it } from 'vitest';
import { composerReducer, initialComposerState, type ComposerAction, type ComposerState } from './composer-state';

const run = (...actions: ComposerAction[]) => actions.reduce(composerReducer, initialComposerState);
const photo = (name: string) => ({ file: new File(['x'], name, { type: 'image/png' }), url: `blob:${name}` });

describe('the composer state', () => {
  it('starts as a post to publish now, in euros, with one empty option and no photos', () => {
    expect(initialComposerState).toMatchObject({ publishMode: 'now', currency: 'EUR', drop: false, previewing: false, photos: [] });
    expect(initialComposerState.variants.rows).toHaveLength(1);
  });

  it('a new choice of photos replaces the old ones, each still to be described', () => {
    const state = run({ type: 'photosChosen', photos: [photo('a'), photo('b')] }, { type: 'photoDescribed', index: 0, alt: 'Front' }, { type: 'photosChosen', photos: [photo('c')] });
    expect(state.photos.map(({ url, alt }) => [url, alt])).toEqual([['blob:c', '']]);
  });

  it('describes one photo and moves photos with their descriptions', () => {
    const state = run(
      { type: 'photosChosen', photos: [photo('a'), photo('b'), photo('c')] },
      { type: 'photoDescribed', index: 2, alt: 'Back' },
      { type: 'photoMoved', index: 2, by: -1 },
      { type: 'photoMoved', index: 1, by: -1 },
    );
    expect(state.photos.map(({ url, alt }) => [url, alt])).toEqual([
      ['blob:c', 'Back'],
      ['blob:a', ''],
      ['blob:b', ''],
    ]);
  });

  it('does not move the first photo earlier or the last one later', () => {
    const chosen = run({ type: 'photosChosen', photos: [photo('a'), photo('b')] });
    expect(composerReducer(chosen, { type: 'photoMoved', index: 0, by: -1 }).photos).toBe(chosen.photos);
    expect(composerReducer(chosen, { type: 'photoMoved', index: 1, by: 1 }).photos).toBe(chosen.photos);
  });

  it('hands variant actions to the variant rows', () => {
    const state = run({ type: 'variantAdded' }, { type: 'variantChanged', key: 1, edit: { label: 'L', price: '27,50' } });
    expect(state.variants.rows.map(({ label, price }) => [label, price])).toEqual([
      ['', ''],
      ['L', '27,50'],
    ]);
  });

  it('keeps the schedule and the drop deadline while the brand switches modes', () => {
    const state = run(
      { type: 'publishModeChosen', mode: 'schedule' },
      { type: 'publishAtChanged', publishAt: '2026-12-01T09:00' },
      { type: 'publishModeChosen', mode: 'draft' },
      { type: 'publishModeChosen', mode: 'schedule' },
      { type: 'dropToggled', drop: true },
      { type: 'dropEndsAtChanged', dropEndsAt: '2026-12-03T18:00' },
      { type: 'dropToggled', drop: false },
    );
    expect(state).toMatchObject<Partial<ComposerState>>({ publishMode: 'schedule', publishAt: '2026-12-01T09:00', drop: false, dropEndsAt: '2026-12-03T18:00' });
  });

  it('text, currency and preview change only themselves', () => {
    const state = run({ type: 'titleChanged', title: 'Ridge Tee' }, { type: 'bodyChanged', body: '#new' }, { type: 'currencyChosen', currency: 'CHF' }, { type: 'previewToggled' });
    expect(state).toEqual({ ...initialComposerState, title: 'Ridge Tee', body: '#new', currency: 'CHF', previewing: true });
    expect(composerReducer(state, { type: 'previewToggled' }).previewing).toBe(false);
  });
});
