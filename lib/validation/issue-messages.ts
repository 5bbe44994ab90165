// Field errors as message keys with their numbers: a schema's own message is a key already; zod's
// defaults ("Too small: expected string to have >=3 characters") become our keys here, so a field
// error reads in the reader's language like every other refusal.
import type { z } from 'zod';
import type { MessageParams } from '@/lib/i18n/say';

export interface FieldMessage {
  message: string;
  params?: MessageParams;
}

type Issue = z.core.$ZodIssue;
type RawIssue = z.core.$ZodRawIssue;

/** The key for an issue the schema gave no message of its own (zod's per-parse error map). */
export function defaultIssueMessage(issue: RawIssue): string {
  const counted = issue.origin === 'array' || issue.origin === 'set' ? 'items' : issue.origin === 'string' ? 'text' : 'number';
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined || issue.input === null || issue.input === '' ? 'errors.field.required' : 'errors.field.invalid';
    case 'too_small':
      return { text: 'errors.field.tooShort', items: 'errors.field.tooFew', number: 'errors.field.atLeast' }[counted];
    case 'too_big':
      return { text: 'errors.field.tooLong', items: 'errors.field.tooMany', number: 'errors.field.atMost' }[counted];
    default:
      return 'errors.field.invalid';
  }
}

/** The numbers a bound names, as {min} / {max} in the message. */
function issueParams(issue: Issue): MessageParams | undefined {
  if (issue.code === 'too_small') return { min: Number(issue.minimum) };
  if (issue.code === 'too_big') return { max: Number(issue.maximum) };
  return undefined;
}

/** The first problem of each field, by its dotted path ('variants.0.price'); 'form' for the whole input. */
export function fieldMessagesOf(error: z.ZodError): Record<string, FieldMessage> {
  const fields: Record<string, FieldMessage> = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join('.') || 'form';
    fields[key] ??= { message: issue.message, params: issueParams(issue) };
  }
  return fields;
}
