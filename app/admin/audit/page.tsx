import Link from 'next/link';
import { getDb } from '@/db/client';
import { moderationActionKind, moderationTargetType } from '@/db/schema';
import { listAudit, type ActionKind, type TargetType } from '@/lib/moderation/audit';
import { requireAdminViewer } from '../require-admin';
import { FilterSelect } from '@/components/form/filter-select';

const optionsOf = (values: readonly string[]) => values.map((value) => ({ value, label: label(value) }));

export const metadata = { title: 'Audit log' };
export const dynamic = 'force-dynamic';

const WHEN = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' });
const label = (value: string) => value.replace(/_/g, ' ');

type Props = { searchParams: Promise<{ action?: string; type?: string }> };

export default async function AuditPage({ searchParams }: Props) {
  const viewer = await requireAdminViewer('/admin/audit');
  const { action, type } = await searchParams;
  const filter = {
    action: (moderationActionKind.enumValues as readonly string[]).includes(action ?? '') ? (action as ActionKind) : undefined,
    targetType: (moderationTargetType.enumValues as readonly string[]).includes(type ?? '') ? (type as TargetType) : undefined,
  };
  const entries = await listAudit(await getDb(), viewer, filter);
  return (
    <div className="stack admin">
      <div className="row" style={{ justifyContent: 'space-between' }}>
        <h1 className="page-title">Audit log</h1>
        <Link href="/admin">Back to the queue</Link>
      </div>
      <form className="row admin-filters" method="get" aria-label="Filter the audit log">
        <FilterSelect id="audit-action" name="action" label="Action" anyLabel="All actions" value={filter.action} options={optionsOf(moderationActionKind.enumValues)} />
        <FilterSelect id="audit-type" name="type" label="Target" anyLabel="All targets" value={filter.targetType} options={optionsOf(moderationTargetType.enumValues)} />
        <button type="submit" className="button button--ghost button--small">
          Filter
        </button>
      </form>
      {entries.length === 0 ? (
        <p className="empty card">No actions logged{filter.action || filter.targetType ? ' match these filters' : ' yet'}.</p>
      ) : (
        <div className="table-scroll">
          <table className="table table--cards" aria-label="Moderation actions">
            <thead>
              <tr>
                <th scope="col">When</th>
                <th scope="col">Admin</th>
                <th scope="col">Action</th>
                <th scope="col">Target</th>
                <th scope="col">Reason</th>
                <th scope="col">Changes</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((entry) => (
                <tr key={entry.id}>
                  <td data-label="When">
                    <time dateTime={entry.createdAt.toISOString()}>{WHEN.format(entry.createdAt)} UTC</time>
                  </td>
                  <td data-label="Admin">{entry.actorName}</td>
                  <td data-label="Action">{label(entry.action)}</td>
                  <td data-label="Target">{entry.targetName}</td>
                  <td data-label="Reason">{entry.reason}</td>
                  <td data-label="Changes">
                    <code className="audit-changes">{JSON.stringify(entry.changes)}</code>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
