import { useTranslations } from 'next-intl';
import type { ActionState } from '@/lib/actions/define-action';

/** The form-level outcome of an action: an error not tied to one field, or a confirmation. */
export function FormMessage<T>({ state }: { state: ActionState<T> }) {
  const t = useTranslations('common.errors');
  if (!state) return null;
  if (state.ok) return state.message ? <p className="form-success" role="status">{state.message}</p> : null;
  const fieldCount = Object.keys(state.fieldErrors ?? {}).filter((key) => key !== 'form').length;
  const text = state.fieldErrors?.form ?? (fieldCount ? t('invalidInput') : state.message);
  return (
    <p className="form-error" role="alert">
      {text}
    </p>
  );
}
