import { useTranslations } from 'next-intl';
import type { StatusLabel, StatusTone } from '@/lib/vocabulary/statuses';

/** A status word in its tone's colour; the word itself carries the meaning, not the colour. */
export function StatusBadge({ label, tone, detail }: { label: StatusLabel; tone: StatusTone; detail?: string }) {
  const t = useTranslations();
  return (
    <span className={`status status--${tone}`}>
      {t(label)}
      {detail && ` ${detail}`}
    </span>
  );
}
