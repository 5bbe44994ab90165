import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import { moderationActionKind, moderationTargetType } from '@/db/schema';
import { listAudit, type ActionKind, type TargetType } from '@/lib/moderation/audit';
import { requireAdminViewer } from '../require-admin';
import { AuditChanges } from '@/components/admin/audit-changes';
import { CardTable } from '@/components/card-table';
import { Button } from '@/components/form/button';
import { FilterSelect } from '@/components/form/filter-select';

export async function generateMetadata() {
  const t = await getTranslations('admin.audit');
  return { title: t('metaTitle') };
}
export const dynamic = 'force-dynamic';

type Props = { searchParams: Promise<{ action?: string; type?: string }> };

export default async function AuditPage({ searchParams }: Props) {
  const viewer = await requireAdminViewer('/admin/audit');
  const { action, type } = await searchParams;
  const filter = {
    action: (moderationActionKind.enumValues as readonly string[]).includes(action ?? '') ? (action as ActionKind) : undefined,
    targetType: (moderationTargetType.enumValues as readonly string[]).includes(type ?? '') ? (type as TargetType) : undefined,
  };
  const [entries, t, target, format] = await Promise.all([listAudit(await getDb(), viewer, filter), getTranslations('admin.audit'), getTranslations('admin.target'), getFormatter()]);
  return (
    <div className="stack admin">
      <div className="row row--spread">
        <h1 className="page-title">{t('title')}</h1>
        <Link href="/admin">{t('back')}</Link>
      </div>
      <form className="row admin-filters" method="get" aria-label={t('filterLabel')}>
        <FilterSelect id="audit-action" name="action" label={t('action')} anyLabel={t('allActions')} value={filter.action} options={moderationActionKind.enumValues.map((value) => ({ value, label: t(`actions.${value}`) }))} />
        <FilterSelect id="audit-type" name="type" label={t('target')} anyLabel={t('allTargets')} value={filter.targetType} options={moderationTargetType.enumValues.map((value) => ({ value, label: t(`targets.${value}`) }))} />
        <Button type="submit" variant="ghost" small>
          {t('filter')}
        </Button>
      </form>
      {entries.length === 0 ? (
        <p className="empty card">{filter.action || filter.targetType ? t('emptyFiltered') : t('empty')}</p>
      ) : (
        <CardTable
          label={t('table')}
          rows={entries}
          rowKey={(entry) => entry.id}
          columns={[
            { label: t('columns.when'), cell: (entry) => <time dateTime={entry.createdAt.toISOString()}>{format.dateTime(entry.createdAt, 'dateTime')}</time> },
            { label: t('columns.admin'), cell: (entry) => entry.actorName },
            { label: t('columns.action'), cell: (entry) => t(`actions.${entry.action}`) },
            { label: t('columns.target'), cell: (entry) => target(entry.targetType, { name: entry.targetName }) },
            { label: t('columns.reason'), cell: (entry) => entry.reason },
            { label: t('columns.changes'), cell: (entry) => <AuditChanges changes={entry.changes} /> },
          ]}
        />
      )}
    </div>
  );
}
