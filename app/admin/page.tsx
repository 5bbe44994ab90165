import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
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
import { Button } from '@/components/form/button';
import { FilterSelect } from '@/components/form/filter-select';
import { listFlaggedDraws } from '@/lib/draws/view';

const REPORT_TARGETS = ['post', 'reply', 'brand', 'message'] as const;

export async function generateMetadata() {
  const t = await getTranslations('admin.queue');
  return { title: t('metaTitle') };
}
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
  const [reported, t, tRoot] = await Promise.all([loadReportedContent(db, groups.map((group) => group.target)), getTranslations('admin.queue'), getTranslations()]);
  return (
    <div className="stack admin">
      <div className="row row--spread">
        <h1 className="page-title">{t('title')}</h1>
        <Link href="/admin/audit">{t('auditLink')}</Link>
      </div>

      <section aria-labelledby="review-heading" className="stack">
        <h2 id="review-heading">{t('review', { count: held.length })}</h2>
        {held.length === 0 ? <p className="empty card">{t('noReview')}</p> : held.map((post) => <HeldPostCard key={post.id} post={post} />)}
      </section>

      {flaggedDraws.length > 0 && (
        <section aria-labelledby="draws-heading" className="stack">
          <h2 id="draws-heading">{t('sharedCards', { count: flaggedDraws.length })}</h2>
          <ul className="card stack">
            {flaggedDraws.map((draw) => (
              <li key={draw.postId}>
                {t.rich('sharedCardLine', {
                  title: draw.title,
                  handle: draw.handle,
                  count: draw.sharedCardAttempts,
                  phase: t(`phases.${draw.phase}`),
                  link: (chunks) => <Link href={`/p/${draw.postId}/draw`}>{chunks}</Link>,
                })}
              </li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="reports-heading" className="stack">
        <h2 id="reports-heading">{t('reports', { count: groups.length })}</h2>
        <form className="row admin-filters" method="get" aria-label={t('filterReports')}>
          <FilterSelect id="filter-type" name="type" label={t('target')} anyLabel={t('everything')} value={filter.targetType} options={REPORT_TARGETS.map((value) => ({ value, label: t(`targets.${value}`) }))} />
          <FilterSelect id="filter-reason" name="reason" label={t('reason')} anyLabel={t('anyReason')} value={filter.reason} options={REPORT_REASONS.map(({ value, label }) => ({ value, label: tRoot(label) }))} />
          <Button type="submit" variant="ghost" small>
            {t('filter')}
          </Button>
        </form>
        {groups.length === 0 ? (
          <p className="empty card">{filter.targetType || filter.reason ? t('noReportsFiltered') : t('noReports')}</p>
        ) : (
          groups.map((group) => <ReportGroupCard key={`${group.target.type}-${group.target.id}`} group={group} content={reported.get(contentKey(group.target.type, group.target.id))} />)
        )}
      </section>

      <ProhibitedTerms terms={terms} />
    </div>
  );
}
