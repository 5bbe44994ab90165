'use client';
// "Report" on a post, reply, brand or message: a disclosure with a reason and an optional note.
import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { reportContent } from '@/lib/actions/reports/report-content';
import { buttonClass } from '@/components/form/button';
import { FormMessage } from '@/components/form/form-message';
import { SubmitButton } from '@/components/form/submit-button';
import { useFormAction } from '@/components/form/use-form-action';
import { REPORT_REASONS } from '@/lib/moderation/report-reasons';

interface Props {
  targetType: 'post' | 'reply' | 'brand' | 'message';
  targetId: string;
  signedIn: boolean;
  nextPath: string;
  /** A message is reported through its own action, which checks the reporter is in the conversation. */
  action?: typeof reportContent;
}

export function ReportButton({ targetType, targetId, signedIn, nextPath, action = reportContent }: Props) {
  const t = useTranslations();
  const { state, onSubmit, pending, fieldErrors } = useFormAction(action);
  if (!signedIn) {
    return (
      <Link className="report-link" href={`/sign-in?next=${encodeURIComponent(nextPath)}`}>
        {t('admin.report.signIn')}
      </Link>
    );
  }
  const id = `report-${targetId}`;
  return (
    <details className="report">
      <summary>{t('admin.report.summary', { type: targetType })}</summary>
      {state?.ok ? (
        <FormMessage state={state} />
      ) : (
        <form onSubmit={onSubmit} className="stack report__form" noValidate>
          <FormMessage state={state} />
          <input type="hidden" name="targetType" value={targetType} />
          <input type="hidden" name="targetId" value={targetId} />
          <fieldset className="report__reasons">
            <legend>{t('admin.report.whatIsWrong')}</legend>
            {REPORT_REASONS.map(({ value, label }) => (
              <label key={value}>
                <input type="radio" name="reason" value={value} required /> {t(label)}
              </label>
            ))}
            {fieldErrors.reason && <p className="field-error" role="alert">{fieldErrors.reason}</p>}
          </fieldset>
          <div className="field">
            <label htmlFor={`${id}-note`}>{t('admin.report.note')}</label>
            <textarea id={`${id}-note`} name="note" rows={2} maxLength={1000} />
          </div>
          <SubmitButton pending={pending} pendingLabel={t('admin.report.sending')} className={buttonClass({ small: true })}>
            {t('admin.report.send')}
          </SubmitButton>
        </form>
      )}
    </details>
  );
}
