// The reasons a user can give for a report; shared by the report form, its action and the queue.
export const REPORT_REASONS = [
  { value: 'counterfeit', label: 'Counterfeit goods' },
  { value: 'prohibited_item', label: 'Prohibited item' },
  { value: 'scam', label: 'Scam or fraud' },
  { value: 'offensive', label: 'Offensive or abusive' },
  { value: 'other', label: 'Something else' },
] as const;

export type ReportReasonValue = (typeof REPORT_REASONS)[number]['value'];
export const REPORT_REASON_VALUES = REPORT_REASONS.map((reason) => reason.value) as [ReportReasonValue, ...ReportReasonValue[]];

export function reportReasonLabel(value: string): string {
  return REPORT_REASONS.find((reason) => reason.value === value)?.label ?? value;
}
