import Link from 'next/link';
import type { ReportGroup } from '@/lib/moderation/reports';
import { reportReasonLabel } from '@/lib/moderation/report-reasons';
import { hidePostAction } from '@/lib/actions/admin/hide-post';
import { removeReplyAction } from '@/lib/actions/admin/remove-reply';
import { removeMessageAction } from '@/lib/actions/admin/remove-message';
import { suspendBrandAction } from '@/lib/actions/admin/suspend-brand';
import { banUserAction } from '@/lib/actions/admin/ban-user';
import { dismissReportsAction } from '@/lib/actions/admin/dismiss-reports';
import { ModerationForm } from './moderation-form';

export function ReportGroupCard({ group }: { group: ReportGroup }) {
  const { target } = group;
  const targetKey = { targetId: target.id };
  return (
    <article className="card stack admin-item" aria-label={`Reports on ${target.name}`}>
      <div className="row" style={{ justifyContent: 'space-between' }}>
        {target.href ? <Link href={target.href}>{target.name}</Link> : <span>{target.name}</span>}
        <span className="status status--reported">
          {group.count} {group.count === 1 ? 'report' : 'reports'}
        </span>
      </div>
      <p style={{ margin: 0 }}>
        {group.reasons.map(reportReasonLabel).join(', ')} ·{' '}
        <time className="muted" dateTime={group.firstReportedAt.toISOString()}>
          first reported {group.firstReportedAt.toISOString().slice(0, 16).replace('T', ' ')} UTC
        </time>
      </p>
      {group.notes.length > 0 && (
        <ul className="admin-reasons">
          {group.notes.map((note, index) => (
            <li key={index}>“{note}”</li>
          ))}
        </ul>
      )}
      <div className="admin-actions">
        {target.type === 'post' && <ModerationForm action={hidePostAction} target={targetKey} label="Hide post" danger />}
        {target.type === 'reply' && <ModerationForm action={removeReplyAction} target={targetKey} label="Remove reply" danger />}
        {target.type === 'message' && <ModerationForm action={removeMessageAction} target={targetKey} label="Remove message" danger />}
        {(target.type === 'reply' || target.type === 'message') && target.ownerId && <ModerationForm action={banUserAction} target={{ targetId: target.ownerId }} label="Ban author" danger />}
        {target.brandId && <ModerationForm action={suspendBrandAction} target={{ targetId: target.brandId }} label="Suspend brand" danger />}
        <ModerationForm action={dismissReportsAction} target={{ ...targetKey, targetType: target.type }} label="Dismiss" />
      </div>
    </article>
  );
}
