// Everything the post composer holds while a brand writes a post, changed only through this
// reducer: text, photos (ordered, each described), variants, currency, a drop, and when to publish.
// Pure (no URL.createObjectURL, no DOM), so each rule is a vitest case.
import { variantRows, variantRowsReducer, type VariantAction, type VariantRows } from './variant-rows';

export interface ComposerPhoto {
  file: File;
  /** An object URL for the preview; whoever creates it revokes it. */
  url: string;
  /** What the photo shows, for screen readers (required). */
  alt: string;
}

export type PublishMode = 'now' | 'draft' | 'schedule';

export interface ComposerState {
  title: string;
  body: string;
  photos: ComposerPhoto[];
  variants: VariantRows;
  currency: string;
  publishMode: PublishMode;
  /** Wall-clock times as the datetime-local inputs hold them, read in the reader's time zone. */
  publishAt: string;
  drop: boolean;
  dropEndsAt: string;
  previewing: boolean;
}

export type ComposerAction =
  | VariantAction
  | { type: 'titleChanged'; title: string }
  | { type: 'bodyChanged'; body: string }
  | { type: 'photosChosen'; photos: Omit<ComposerPhoto, 'alt'>[] }
  | { type: 'photoDescribed'; index: number; alt: string }
  | { type: 'photoMoved'; index: number; by: -1 | 1 }
  | { type: 'currencyChosen'; currency: string }
  | { type: 'publishModeChosen'; mode: PublishMode }
  | { type: 'publishAtChanged'; publishAt: string }
  | { type: 'dropToggled'; drop: boolean }
  | { type: 'dropEndsAtChanged'; dropEndsAt: string }
  | { type: 'previewToggled' };

export const initialComposerState: ComposerState = {
  title: '',
  body: '',
  photos: [],
  variants: variantRows(),
  currency: 'EUR',
  publishMode: 'now',
  publishAt: '',
  drop: false,
  dropEndsAt: '',
  previewing: false,
};

function moved<T>(list: T[], index: number, by: -1 | 1): T[] {
  const to = index + by;
  if (index < 0 || index >= list.length || to < 0 || to >= list.length) return list;
  const next = [...list];
  [next[index], next[to]] = [next[to]!, next[index]!];
  return next;
}

export function composerReducer(state: ComposerState, action: ComposerAction): ComposerState {
  switch (action.type) {
    case 'variantAdded':
    case 'variantChanged':
    case 'variantRemoved':
      return { ...state, variants: variantRowsReducer(state.variants, action) };
    case 'titleChanged':
      return { ...state, title: action.title };
    case 'bodyChanged':
      return { ...state, body: action.body };
    case 'photosChosen':
      // A new choice replaces the set, as the file input does; descriptions start empty.
      return { ...state, photos: action.photos.map((photo) => ({ ...photo, alt: '' })) };
    case 'photoDescribed':
      return { ...state, photos: state.photos.map((photo, index) => (index === action.index ? { ...photo, alt: action.alt } : photo)) };
    case 'photoMoved':
      return { ...state, photos: moved(state.photos, action.index, action.by) };
    case 'currencyChosen':
      return { ...state, currency: action.currency };
    case 'publishModeChosen':
      return { ...state, publishMode: action.mode };
    case 'publishAtChanged':
      return { ...state, publishAt: action.publishAt };
    case 'dropToggled':
      return { ...state, drop: action.drop };
    case 'dropEndsAtChanged':
      return { ...state, dropEndsAt: action.dropEndsAt };
    case 'previewToggled':
      return { ...state, previewing: !state.previewing };
  }
}
