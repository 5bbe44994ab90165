'use client';
import { useTranslations } from 'next-intl';
import { startTransition, useActionState, useEffect } from 'react';
import { startPayoutsOnboarding } from '@/lib/actions/studio/start-payouts-onboarding';
import { FormMessage } from '@/components/form/form-message';
import { SubmitButton } from '@/components/form/submit-button';

/** Asks the server for a fresh onboarding link, then leaves for Stripe's onboarding. */
export function PayoutsButton({ label }: { label: string }) {
  const t = useTranslations('studio.payouts');
  const [state, dispatch, pending] = useActionState(startPayoutsOnboarding, null);
  useEffect(() => {
    if (state?.ok) window.location.assign(state.data.url);
  }, [state]);
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        startTransition(() => dispatch({}));
      }}
      className="stack"
    >
      <FormMessage state={state} />
      <SubmitButton pending={pending || Boolean(state?.ok)} pendingLabel={t('opening')}>
        {label}
      </SubmitButton>
    </form>
  );
}
