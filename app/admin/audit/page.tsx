import Link from 'next/link';
import { getDb } from '@/db/client';
import { moderationActionKind, moderationTargetType } from '@/db/schema';
import { listAudit, type ActionKind, type TargetType } from '@/lib/moderation/audit';
import { requireAdminViewer } from '../require-admin';

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
        <div className="field">
          <label htmlFor="audit-action">Action</label>
          <select id="audit-action" name="action" defaultValue={filter.action ?? ''}>
            <option value="">All actions</option>
            {moderationActionKind.enumValues.map((value) => (
              <option key={value} value={value}>
                {label(value)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="audit-type">Target</label>
          <select id="audit-type" name="type" defaultValue={filter.targetType ?? ''}>
            <option value="">All targets</option>
            {moderationTargetType.enumValues.map((value) => (
              <option key={value} value={value}>
                {label(value)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button button--ghost button--small">
          Filter
        </button>
      </form>
      {entries.length === 0 ? (
        <p className="empty card">No actions logged{filter.action || filter.targetType ? ' match these filters' : ' yet'}.</p>
      ) : (
        <div className="table-scroll">
          <table className="table" aria-label="Moderation actions">
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
                  <td>
                    <time dateTime={entry.createdAt.toISOString()}>{WHEN.format(entry.createdAt)} UTC</time>
                  </td>
                  <td>{entry.actorName}</td>
                  <td>{label(entry.action)}</td>
                  <td>{entry.targetName}</td>
                  <td>{entry.reason}</td>
                  <td>
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
