import Link from 'next/link';
import { redirect } from 'next/navigation';
import { getDb } from '@/db/client';
import { getViewer } from '@/lib/auth/viewer';
import { formatMoney } from '@/lib/money';
import { dailySeries, listPostInsights, totalsOf, type Funnel } from '@/lib/studio/insights';
import { FunnelChart } from '@/components/studio/funnel-chart';

export const metadata = { title: 'Insights' };

const STEPS: [keyof Funnel, string][] = [
  ['views', 'Views'],
  ['replies', 'Replies'],
  ['buyingReplies', 'Buying replies'],
  ['checkouts', 'Checkouts started'],
  ['paid', 'Paid'],
];

const percent = (share: number) => `${(share * 100).toFixed(1)}%`;

export default async function InsightsPage({ searchParams }: { searchParams: Promise<{ post?: string }> }) {
  const viewer = await getViewer();
  if (!viewer) redirect('/sign-in?next=/studio/insights');
  if (!viewer.brand) redirect('/studio');
  const db = await getDb();
  const rows = await listPostInsights(db, viewer.brand.id);
  const { post } = await searchParams;
  const selected = rows.find((row) => row.postId === post) ?? null;
  const series = await dailySeries(db, viewer.brand.id, 14, selected?.postId);
  const totals = totalsOf(rows);
  const revenue = Object.entries(totals.revenue).map(([currency, minor]) => formatMoney(minor, currency)).join(' · ') || '—';
  return (
    <div className="stack">
      <h1 className="page-title">Insights{selected && `: ${selected.title}`}</h1>
      {selected && <Link href="/studio/insights">← All posts</Link>}
      <dl className="studio-totals card">
        {STEPS.map(([key, label]) => (
          <div key={key}>
            <dt>{label}</dt>
            <dd>{(selected ?? totals)[key]}</dd>
          </div>
        ))}
        <div>
          <dt>Revenue</dt>
          <dd>{selected ? (selected.currency ? formatMoney(selected.revenueMinor, selected.currency) : '—') : revenue}</dd>
        </div>
        <div>
          <dt>Conversion</dt>
          <dd>{percent(selected ? selected.conversion : totals.views ? totals.paid / totals.views : 0)}</dd>
        </div>
      </dl>
      <section className="card stack">
        <h2>Last 14 days</h2>
        <FunnelChart series={series} />
      </section>
      {rows.length === 0 ? (
        <p className="empty card">No posts yet: insights appear once people see your posts.</p>
      ) : (
        <div className="table-scroll">
          <table className="table table--cards">
            <thead>
              <tr>
                <th scope="col">Post</th>
                {STEPS.map(([key, label]) => (
                  <th key={key} scope="col">
                    {label}
                  </th>
                ))}
                <th scope="col">Revenue</th>
                <th scope="col">Conversion</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.postId}>
                  <td data-label="Post">
                    <Link href={`/studio/insights?post=${row.postId}`}>{row.title}</Link>
                  </td>
                  {STEPS.map(([key, label]) => (
                    <td key={key} data-label={label}>
                      {row[key]}
                    </td>
                  ))}
                  <td data-label="Revenue" className="price">{row.currency ? formatMoney(row.revenueMinor, row.currency) : '—'}</td>
                  <td data-label="Conversion">{percent(row.conversion)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
