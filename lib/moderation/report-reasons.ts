// The reasons a user can give for a report; shared by the report form, its action and the queue.
// `label` is a message key: each reader sees the reason in their own language.
export const REPORT_REASONS = [
  { value: 'counterfeit', label: 'admin.report.reasons.counterfeit' },
  { value: 'prohibited_item', label: 'admin.report.reasons.prohibited_item' },
  { value: 'scam', label: 'admin.report.reasons.scam' },
  { value: 'offensive', label: 'admin.report.reasons.offensive' },
  { value: 'other', label: 'admin.report.reasons.other' },
] as const;

export type ReportReasonValue = (typeof REPORT_REASONS)[number]['value'];
export const REPORT_REASON_VALUES = REPORT_REASONS.map((reason) => reason.value) as [ReportReasonValue, ...ReportReasonValue[]];
