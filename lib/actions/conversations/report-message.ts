'use server';
import { z } from 'zod';
import { authedAction } from '@/lib/actions/define-action';
import { reportMessage } from '@/lib/conversations/messages';
import { REPORT_REASON_VALUES } from '@/lib/moderation/report-reasons';

const schema = z.object({
  targetId: z.uuid('Unknown message.'),
  reason: z.enum(REPORT_REASON_VALUES, 'Choose a reason.'),
  note: z.string().trim().max(1000, 'Keep the note under 1,000 characters.').default(''),
});

export const reportMessageAction = authedAction({ schema }, async (input, { viewer, db }) => {
  const report = await reportMessage(db, { userId: viewer.id, brandId: viewer.brand?.id ?? null }, input.targetId, { reason: input.reason, note: input.note });
  return { ok: true as const, data: { reportId: report.id }, message: 'Thanks — an admin will review it. You will hear the outcome in your inbox.' };
});
