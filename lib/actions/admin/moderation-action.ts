// Builds the admin actions: admin role checked by the guard (and again inside lib/moderation, in
// the action's transaction) and a reason required.
import 'server-only';
import { z } from 'zod';
import type { Db } from '@/db/open';
import type { ModerationAction } from '@/db/schema';
import { adminAction, done } from '@/lib/actions/define-action';
import { REASON_LENGTH, type Actor } from '@/lib/moderation/audit';
import type { ModerationDeps } from '@/lib/moderation/moderate';
import { getStripe } from '@/lib/payments/stripe';
import { uuid } from '@/lib/validation/ids';
import { plainText } from '@/lib/validation/text';

export const reasonField = plainText({ ...REASON_LENGTH, tooShort: 'errors.moderation.reasonTooShort', tooLong: 'errors.moderation.reasonTooLong' });

export const moderationSchema = z.object({ targetId: uuid('errors.field.unknownTarget'), reason: reasonField });

export function moderationAction<S extends z.ZodType>(
  schema: S,
  run: (db: Db, actor: Actor, input: z.output<S>, deps: ModerationDeps) => Promise<ModerationAction>,
  confirmation: string,
) {
  return adminAction({ schema }, async (input, { admin, db }) => {
    const logged = await run(db, admin, input, { stripe: getStripe() });
    // No revalidatePath: every page this changes renders per request, and revalidating would
    // re-render the queue at once, unmounting the confirmation the admin should read first.
    return done({ auditId: logged.id }, confirmation);
  });
}
