import type { StatusTone } from '@/lib/vocabulary/statuses';

/** A status word in its tone's colour; the word itself carries the meaning, not the colour. */
export function StatusBadge({ label, tone, detail }: { label: string; tone: StatusTone; detail?: string }) {
  return (
    <span className={`status status--${tone}`}>
      {label}
      {detail && ` ${detail}`}
    </span>
  );
}
