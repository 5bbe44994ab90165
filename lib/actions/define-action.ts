// The one guard every server action goes through: parse the input with zod, load the caller,
// check the role, run, and turn failures into a typed result that useActionState can render.
import 'server-only';
import { headers } from 'next/headers';
import { z } from 'zod';
import { getDb } from '@/db/client';
import type { Db } from '@/db/open';
import { getViewer, type Role, type Viewer } from '@/lib/auth/viewer';
import { isDomainError, type ErrorCode } from '@/lib/errors';
import { requestTranslator, type MessageParams } from '@/lib/i18n/translator';
import { trustedRequestOrigin } from '@/lib/security/request-origin';
import { defaultIssueMessage, fieldMessagesOf, type FieldMessage } from '@/lib/validation/issue-messages';
import { CONTROL_CHARACTERS_MESSAGE, hasControlCharacters } from '@/lib/validation/text';

export type FieldErrors = Record<string, string>;

export type ActionResult<T> =
  | { ok: true; data: T; message?: string; messageParams?: MessageParams }
  | { ok: false; error: ErrorCode; message: string; fieldErrors?: FieldErrors };

export type ActionState<T> = ActionResult<T> | null;

interface ActionContext {
  viewer: Viewer;
  db: Db;
}

interface PublicActionContext {
  viewer: Viewer | null;
  db: Db;
}

/** FormData to a plain object: repeated keys become arrays, files stay files. */
export function formDataToObject(formData: FormData): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of new Set(formData.keys())) {
    const values = formData.getAll(key);
    out[key.replace(/\[\]$/, '')] = values.length > 1 || key.endsWith('[]') ? values : values[0];
  }
  return out;
}

/** The first field holding a control character (a NUL byte cannot even be stored): no field needs one. */
function fieldWithControlCharacters(input: unknown): string | null {
  if (!input || typeof input !== 'object' || input instanceof Blob) return null;
  for (const [key, value] of Object.entries(input)) {
    const values: unknown[] = Array.isArray(value) ? value : [value];
    if (values.some((item) => typeof item === 'string' && hasControlCharacters(item))) return key;
  }
  return null;
}

/** A refusal worded in the reader's language; `message` and field errors may be translation keys. */
async function failure(
  error: ErrorCode,
  message: string,
  details: { params?: MessageParams; field?: string; fieldErrors?: Record<string, FieldMessage> } = {},
): Promise<ActionResult<never>> {
  const say = await requestTranslator();
  const text = say(message, details.params);
  const fieldErrors = details.field
    ? { [details.field]: text }
    : details.fieldErrors && Object.fromEntries(Object.entries(details.fieldErrors).map(([field, { message: key, params }]) => [field, say(key, params)]));
  return { ok: false, error, message: text, fieldErrors };
}

/** An action's own confirmation ("Hidden: the post is gone from feeds") is a key too. */
async function wordOutcome<T>(result: ActionResult<T>): Promise<ActionResult<T>> {
  if (!result.ok || !result.message) return result;
  const say = await requestTranslator();
  return { ok: true, data: result.data, message: say(result.message, result.messageParams) };
}

const FOREIGN_ORIGIN = 'common.errors.foreignOrigin';

/** Server actions are POSTs a browser makes from our own pages: anything else is cross-site. */
async function fromOurOrigin(): Promise<boolean> {
  return trustedRequestOrigin(await headers()) !== null;
}

async function runGuarded<S extends z.ZodType, T>(
  schema: S,
  raw: unknown,
  run: (input: z.output<S>) => Promise<T | ActionResult<T>>,
): Promise<ActionResult<T>> {
  const input = raw instanceof FormData ? formDataToObject(raw) : raw;
  const badField = fieldWithControlCharacters(input);
  if (badField) {
    return failure('invalid_input', CONTROL_CHARACTERS_MESSAGE, { fieldErrors: { [badField]: { message: CONTROL_CHARACTERS_MESSAGE } } });
  }
  const parsed = schema.safeParse(input, { error: defaultIssueMessage });
  if (!parsed.success) {
    return failure('invalid_input', 'common.errors.invalidInput', { fieldErrors: fieldMessagesOf(parsed.error) });
  }
  try {
    const result = await run(parsed.data);
    if (result && typeof result === 'object' && 'ok' in result) return wordOutcome(result as ActionResult<T>);
    return { ok: true, data: result as T };
  } catch (error) {
    if (isDomainError(error)) {
      return failure(error.code, error.message, { params: error.params, field: error.field });
    }
    // Next.js signals redirects and notFound by throwing; those must pass through.
    if (error && typeof error === 'object' && 'digest' in error) throw error;
    console.error('server action failed', error);
    return failure('internal', 'common.errors.internal');
  }
}

/** An action for signed-in callers, optionally limited to a role. */
export function authedAction<S extends z.ZodType, T>(
  options: { schema: S; role?: Role },
  handler: (input: z.output<S>, ctx: ActionContext) => Promise<T | ActionResult<T>>,
) {
  return async (_previous: ActionState<T>, raw: FormData | z.input<S>): Promise<ActionResult<T>> => {
    if (!(await fromOurOrigin())) return failure('forbidden', FOREIGN_ORIGIN);
    const viewer = await getViewer();
    if (!viewer) return failure('unauthenticated', 'common.errors.unauthenticated');
    if (options.role && !viewer.roles.includes(options.role)) return failure('forbidden', 'common.errors.forbidden');
    const db = await getDb();
    return runGuarded(options.schema, raw, (input) => handler(input, { viewer, db }));
  };
}

/** An action open to anyone (sign in, sign up); the viewer is passed when there is one. */
export function publicAction<S extends z.ZodType, T>(
  options: { schema: S },
  handler: (input: z.output<S>, ctx: PublicActionContext) => Promise<T | ActionResult<T>>,
) {
  return async (_previous: ActionState<T>, raw: FormData | z.input<S>): Promise<ActionResult<T>> => {
    if (!(await fromOurOrigin())) return failure('forbidden', FOREIGN_ORIGIN);
    const viewer = await getViewer();
    const db = await getDb();
    return runGuarded(options.schema, raw, (input) => handler(input, { viewer, db }));
  };
}
