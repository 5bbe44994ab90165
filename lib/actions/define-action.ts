// The one guard every server action goes through: parse the input with zod, load the caller,
// check the role, run, and turn failures into a typed result that useActionState can render.
import 'server-only';
import { headers } from 'next/headers';
import { z } from 'zod';
import { getDb } from '@/db/client';
import type { Db } from '@/db/open';
import type { Brand } from '@/db/schema';
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

/** A brand action's caller, with the brand the guard checked they own. */
interface BrandActionContext extends ActionContext {
  brand: Brand;
}

/** An admin action's caller: the admin the guard checked. */
interface AdminActionContext {
  admin: Viewer;
  db: Db;
}

/** What a handler hands back: its data and, when it has one, the confirmation to show (a message key). */
export interface Done<T> {
  data: T;
  message?: string;
  messageParams?: MessageParams;
}

/** The one way a handler finishes: `return done(data)` or `return done(data, 'outcomes.x.y', params)`. */
export function done<T>(data: T, message?: string, messageParams?: MessageParams): Done<T> {
  return { data, message, messageParams };
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

/** A handler's outcome as the action's result; its confirmation ("Hidden: the post is gone from feeds") is a key too. */
async function succeeded<T>({ data, message, messageParams }: Done<T>): Promise<ActionResult<T>> {
  if (!message) return { ok: true, data };
  const say = await requestTranslator();
  return { ok: true, data, message: say(message, messageParams) };
}

const FOREIGN_ORIGIN = 'common.errors.foreignOrigin';

/** Server actions are POSTs a browser makes from our own pages: anything else is cross-site. */
async function fromOurOrigin(): Promise<boolean> {
  return trustedRequestOrigin(await headers()) !== null;
}

async function runGuarded<S extends z.ZodType, T>(
  schema: S,
  raw: unknown,
  run: (input: z.output<S>) => Promise<Done<T>>,
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
    return await succeeded(await run(parsed.data));
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

/** The guard before any handler: same origin, signed in, holding the role; then the input parsed. */
function guarded<S extends z.ZodType, T, C>(schema: S, role: Role | null, context: (viewer: Viewer, db: Db) => C | null, handler: (input: z.output<S>, ctx: C) => Promise<Done<T>>) {
  return async (_previous: ActionState<T>, raw: FormData | z.input<S>): Promise<ActionResult<T>> => {
    if (!(await fromOurOrigin())) return failure('forbidden', FOREIGN_ORIGIN);
    const viewer = await getViewer();
    if (!viewer) return failure('unauthenticated', 'common.errors.unauthenticated');
    if (role && !viewer.roles.includes(role)) return failure('forbidden', 'common.errors.forbidden');
    const ctx = context(viewer, await getDb());
    if (!ctx) return failure('forbidden', 'errors.brand.createFirst');
    return runGuarded(schema, raw, (input) => handler(input, ctx));
  };
}

/** An action for any signed-in caller. */
export function authedAction<S extends z.ZodType, T>(options: { schema: S }, handler: (input: z.output<S>, ctx: ActionContext) => Promise<Done<T>>) {
  return guarded(options.schema, null, (viewer, db) => ({ viewer, db }), handler);
}

/** An action for a brand's owner: the handler gets the brand the caller owns. */
export function brandAction<S extends z.ZodType, T>(options: { schema: S }, handler: (input: z.output<S>, ctx: BrandActionContext) => Promise<Done<T>>) {
  return guarded(options.schema, 'brand', (viewer, db) => (viewer.brand ? { viewer, brand: viewer.brand, db } : null), handler);
}

/** An action for admins (lib/moderation checks again inside its transaction, against the database). */
export function adminAction<S extends z.ZodType, T>(options: { schema: S }, handler: (input: z.output<S>, ctx: AdminActionContext) => Promise<Done<T>>) {
  return guarded(options.schema, 'admin', (admin, db) => ({ admin, db }), handler);
}

/** An action open to anyone (sign in, sign up); the viewer is passed when there is one. */
export function publicAction<S extends z.ZodType, T>(
  options: { schema: S },
  handler: (input: z.output<S>, ctx: PublicActionContext) => Promise<Done<T>>,
) {
  return async (_previous: ActionState<T>, raw: FormData | z.input<S>): Promise<ActionResult<T>> => {
    if (!(await fromOurOrigin())) return failure('forbidden', FOREIGN_ORIGIN);
    const viewer = await getViewer();
    const db = await getDb();
    return runGuarded(options.schema, raw, (input) => handler(input, { viewer, db }));
  };
}
