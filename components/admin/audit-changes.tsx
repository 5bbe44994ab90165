// What an admin action changed, in the reader's words: the audit log keeps the facts as data
// (statuses, counts, the removed text), so each reader gets them in their own language.
import { useTranslations } from 'next-intl';

type Changes = Record<string, unknown>;

const countOf = (value: unknown) => (Array.isArray(value) ? value.length : typeof value === 'number' ? value : null);
const textOf = (value: unknown) => (typeof value === 'string' ? value : null);

export function AuditChanges({ changes }: { changes: Changes }) {
  const t = useTranslations('admin.audit.changes');
  const tStatus = useTranslations('status.post');
  const lines: string[] = [];
  if (Array.isArray(changes.status) && changes.status.length === 2) {
    const [from, to] = changes.status.map((status) => (typeof status === 'string' ? tStatus(status as 'hidden') : '—'));
    lines.push(t('status', { from: from!, to: to! }));
  }
  const counts: Array<[number | null, (count: number) => string]> = [
    [countOf(changes.cancelledOrders), (count) => t('cancelledOrders', { count })],
    [countOf(changes.hiddenPosts), (count) => t('hiddenPosts', { count })],
    [countOf(changes.restoredPostIds), (count) => t('restoredPosts', { count })],
    [countOf(changes.sessionsEnded), (count) => t('sessionsEnded', { count })],
    [countOf(changes.dismissed), (count) => t('dismissed', { count })],
  ];
  for (const [count, say] of counts) if (count) lines.push(say(count));
  if (changes.trusted === true) lines.push(t('trusted'));
  const body = textOf(changes.body);
  if (body) lines.push(t('removedText', { body }));
  const term = textOf(changes.term);
  if (term) lines.push(t('term', { term }));
  if (lines.length === 0) return null;
  return (
    <ul className="audit-changes">
      {lines.map((line) => (
        <li key={line}>{line}</li>
      ))}
    </ul>
  );
}
