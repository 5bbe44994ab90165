import Link from 'next/link';
import { getDb } from '@/db/client';
import { listReportQueue, REPORTABLE_TYPES, type ReportableType } from '@/lib/moderation/reports';
import { listPendingReview } from '@/lib/moderation/review';
import { contentKey, loadReportedContent } from '@/lib/moderation/reported-content';
import { listProhibitedTerms } from '@/lib/moderation/prohibited-terms';
import { REPORT_REASONS, REPORT_REASON_VALUES, type ReportReasonValue } from '@/lib/moderation/report-reasons';
import { HeldPostCard } from '@/components/admin/held-post-card';
import { ReportGroupCard } from '@/components/admin/report-group-card';
import { ProhibitedTerms } from '@/components/admin/prohibited-terms';
import { requireAdminViewer } from './require-admin';
import { FilterSelect } from '@/components/form/filter-select';
import { listFlaggedDraws } from '@/lib/draws/view';

const REPORT_TARGETS = [
  { value: 'post', label: 'Posts' },
  { value: 'reply', label: 'Replies' },
  { value: 'brand', label: 'Brands' },
  { value: 'message', label: 'Messages' },
];

export const metadata = { title: 'Moderation queue' };
export const dynamic = 'force-dynamic';

type Props = { searchParams: Promise<{ type?: string; reason?: string }> };

export default async function AdminQueuePage({ searchParams }: Props) {
  const viewer = await requireAdminViewer('/admin');
  const { type, reason } = await searchParams;
  const filter = {
    targetType: REPORTABLE_TYPES.includes(type as ReportableType) ? (type as ReportableType) : undefined,
    reason: REPORT_REASON_VALUES.includes(reason as ReportReasonValue) ? (reason as ReportReasonValue) : undefined,
  };
  const db = await getDb();
  const [held, groups, terms, flaggedDraws] = await Promise.all([listPendingReview(db, viewer), listReportQueue(db, viewer, filter), listProhibitedTerms(db, viewer), listFlaggedDraws(db)]);
  const reported = await loadReportedContent(db, groups.map((group) => group.target));
  return (
    <div className="stack admin">
      <div className="row" style={{ justifyContent: 'space-between' }}>
        <h1 className="page-title">Moderation</h1>
        <Link href="/admin/audit">Audit log</Link>
      </div>

      <section aria-labelledby="review-heading" className="stack">
        <h2 id="review-heading">Waiting for review ({held.length})</h2>
        {held.length === 0 ? <p className="empty card">No posts are waiting for review.</p> : held.map((post) => <HeldPostCard key={post.id} post={post} />)}
      </section>

      {flaggedDraws.length > 0 && (
        <section aria-labelledby="draws-heading" className="stack">
          <h2 id="draws-heading">Draws where accounts share cards ({flaggedDraws.length})</h2>
          <ul className="card stack">
            {flaggedDraws.map((draw) => (
              <li key={draw.postId}>
                <Link href={`/p/${draw.postId}/draw`}>{draw.title}</Link> by @{draw.handle} — {draw.sharedCardAttempts} entr{draw.sharedCardAttempts === 1 ? 'y' : 'ies'} refused because the card was already entered by another account ({draw.phase})
              </li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="reports-heading" className="stack">
        <h2 id="reports-heading">Reports ({groups.length})</h2>
        <form className="row admin-filters" method="get" aria-label="Filter reports">
          <FilterSelect id="filter-type" name="type" label="Target" anyLabel="Everything" value={filter.targetType} options={REPORT_TARGETS} />
          <FilterSelect id="filter-reason" name="reason" label="Reason" anyLabel="Any reason" value={filter.reason} options={REPORT_REASONS} />
          <button type="submit" className="button button--ghost button--small">
            Filter
          </button>
        </form>
        {groups.length === 0 ? (
          <p className="empty card">No open reports{filter.targetType || filter.reason ? ' match these filters' : ''}. Nice and quiet.</p>
        ) : (
          groups.map((group) => <ReportGroupCard key={`${group.target.type}-${group.target.id}`} group={group} content={reported.get(contentKey(group.target.type, group.target.id))} />)
        )}
      </section>

      <ProhibitedTerms terms={terms} />
    </div>
  );
}
