'use client';
// On the brand's own post: turn it into a draw. Times are typed in the brand's local time and sent
// as ISO instants, so the server never guesses a time zone.
import { useTranslations } from 'next-intl';
import { startTransition, useActionState, useState, type FormEvent } from 'react';
import { MAX_DRAW_DAYS } from '@/lib/draws/rules';
import { launchDraw } from '@/lib/actions/draws/launch-draw';
import type { PostCardVariant } from '@/lib/catalog/post-card';
import { FormMessage } from '@/components/form/form-message';
import { SubmitButton } from '@/components/form/submit-button';

function localInput(date: Date): string {
  const shifted = new Date(date.getTime() - date.getTimezoneOffset() * 60_000);
  return shifted.toISOString().slice(0, 16);
}

export function LaunchDrawForm({ postId, variants }: { postId: string; variants: PostCardVariant[] }) {
  const t = useTranslations('draws.launch');
  const [state, dispatch, pending] = useActionState(launchDraw, null);
  const [defaults] = useState(() => ({ opens: localInput(new Date()), closes: localInput(new Date(Date.now() + 2 * 86_400_000)) }));
  const fieldErrors = state && !state.ok ? (state.fieldErrors ?? {}) : {};

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    for (const name of ['opensAt', 'closesAt']) {
      const value = String(form.get(name) ?? '');
      form.set(name, value ? new Date(value).toISOString() : '');
    }
    startTransition(() => dispatch(form));
  }

  if (state?.ok) return <FormMessage state={state} />;
  return (
    <form onSubmit={onSubmit} className="card stack" aria-labelledby="launch-draw-title" noValidate>
      <h2 id="launch-draw-title" className="section-title">
        {t('title')}
      </h2>
      <p className="muted flush">{t('intro', { days: MAX_DRAW_DAYS })}</p>
      <FormMessage state={state} />
      <input type="hidden" name="postId" value={postId} />
      <div className="row">
        <div className="field">
          <label htmlFor="draw-opens">{t('opens')}</label>
          <input id="draw-opens" name="opensAt" type="datetime-local" defaultValue={defaults.opens} aria-invalid={Boolean(fieldErrors.opensAt)} />
          {fieldErrors.opensAt && <span className="field-error">{fieldErrors.opensAt}</span>}
        </div>
        <div className="field">
          <label htmlFor="draw-closes">{t('closes')}</label>
          <input id="draw-closes" name="closesAt" type="datetime-local" defaultValue={defaults.closes} aria-invalid={Boolean(fieldErrors.closesAt)} />
          {fieldErrors.closesAt && <span className="field-error">{fieldErrors.closesAt}</span>}
        </div>
      </div>
      <fieldset className="stack">
        <legend>{t('units')}</legend>
        {variants.map((variant) => (
          <div key={variant.id} className="field">
            <label htmlFor={`draw-units-${variant.id}`}>
              {variant.label} <span className="muted">{t('inStock', { count: variant.stock })}</span>
            </label>
            <input id={`draw-units-${variant.id}`} name={`units.${variant.id}`} type="number" min={0} max={variant.stock} defaultValue={variant.stock} />
            {fieldErrors[`units.${variant.id}`] && <span className="field-error">{fieldErrors[`units.${variant.id}`]}</span>}
          </div>
        ))}
        {fieldErrors.units && <span className="field-error">{fieldErrors.units}</span>}
      </fieldset>
      <fieldset className="stack">
        <legend>{t('who')}</legend>
        <div className="field">
          <label htmlFor="draw-age">{t('age')}</label>
          <input id="draw-age" name="minAccountAgeDays" type="number" min={1} max={3650} />
          {fieldErrors.minAccountAgeDays && <span className="field-error">{fieldErrors.minAccountAgeDays}</span>}
        </div>
        <label className="row">
          <input type="checkbox" name="requireVerifiedEmail" /> {t('verified')}
        </label>
        <label className="row">
          <input type="checkbox" name="requireFollower" /> {t('follower')}
        </label>
      </fieldset>
      <SubmitButton pending={pending} pendingLabel={t('launching')}>
        {t('submit')}
      </SubmitButton>
    </form>
  );
}
