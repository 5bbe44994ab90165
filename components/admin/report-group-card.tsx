import Link from 'next/link';
import type { ReportGroup } from '@/lib/moderation/reports';
import { useTranslations } from 'next-intl';
import { hidePostAction } from '@/lib/actions/admin/hide-post';
import { removeReplyAction } from '@/lib/actions/admin/remove-reply';
import { removeMessageAction } from '@/lib/actions/admin/remove-message';
import { suspendBrandAction } from '@/lib/actions/admin/suspend-brand';
import { banUserAction } from '@/lib/actions/admin/ban-user';
import { dismissReportsAction } from '@/lib/actions/admin/dismiss-reports';
import type { ReportedContent } from '@/lib/moderation/reported-content';
import { ModerationForm, type Decision } from './moderation-form';
import { ReportedPreview } from './reported-preview';

/** `content`: the reported text and photos, where the target still exists and has any. */
export function ReportGroupCard({ group, content }: { group: ReportGroup; content?: ReportedContent }) {
  const t = useTranslations('admin');
  const { target } = group;
  // What people wrote (a title, a handle) stays as written; the kind of target is in the reader's words.
  const name = group.deleted ? t(`target.deleted.${target.type}`) : t(`target.${target.type}`, { name: target.name });
  const targetKey = { targetId: target.id };
  const decisions: Decision[] = [
    ...(target.type === 'post' ? [{ action: hidePostAction, target: targetKey, label: t('decisions.hidePost'), danger: true }] : []),
    ...(target.type === 'reply' ? [{ action: removeReplyAction, target: targetKey, label: t('decisions.removeReply'), danger: true }] : []),
    ...(target.type === 'message' ? [{ action: removeMessageAction, target: targetKey, label: t('decisions.removeMessage'), danger: true }] : []),
    ...((target.type === 'reply' || target.type === 'message') && target.ownerId ? [{ action: banUserAction, target: { targetId: target.ownerId }, label: t('decisions.banAuthor'), danger: true }] : []),
    ...(target.brandId ? [{ action: suspendBrandAction, target: { targetId: target.brandId }, label: t('decisions.suspendBrand'), danger: true }] : []),
    { action: dismissReportsAction, target: { ...targetKey, targetType: target.type }, label: t('decisions.dismiss') },
  ];
  return (
    <article className="card stack admin-item" aria-label={t('reports.label', { name })}>
      <div className="row row--spread">
        {target.href ? <Link href={target.href}>{name}</Link> : <span>{name}</span>}
        <span className="status status--reported">
          {t('reports.count', { count: group.count })}
        </span>
      </div>
      <p className="flush">
        {group.reasons.map((reason) => t(`report.reasons.${reason}`)).join(', ')} ·{' '}
        <time className="muted" dateTime={group.firstReportedAt.toISOString()}>
          {t('reports.firstReported', { at: group.firstReportedAt })}
        </time>
      </p>
      {group.notes.length > 0 && (
        <ul className="admin-reasons">
          {group.notes.map((note, index) => (
            <li key={index}>“{note}”</li>
          ))}
        </ul>
      )}
      {content && <ReportedPreview content={content} />}
      <ModerationForm id={`${target.type}-${target.id}`} decisions={decisions} />
    </article>
  );
}
