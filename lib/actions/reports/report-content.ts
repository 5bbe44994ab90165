'use server';
import { z } from 'zod';
import { authedAction, done } from '@/lib/actions/define-action';
import { fileReport } from '@/lib/moderation/reports';
import { REPORT_REASON_VALUES } from '@/lib/moderation/report-reasons';
import { uuid } from '@/lib/validation/ids';
import { plainText } from '@/lib/validation/text';

const schema = z.object({
  targetType: z.enum(['post', 'reply', 'brand']),
  targetId: uuid('errors.field.unknownTarget'),
  reason: z.enum(REPORT_REASON_VALUES, 'errors.moderation.chooseReason'),
  note: plainText({ max: 1000, tooLong: 'errors.moderation.noteTooLong' }).default(''),
});

export const reportContent = authedAction({ schema }, async (input, { viewer, db }) => {
  const report = await fileReport(db, viewer.id, input);
  return done({ reportId: report.id }, 'outcomes.report.thanks');
});
