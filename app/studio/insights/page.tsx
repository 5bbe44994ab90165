import type { Metadata } from 'next';
import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import { formatMoneyWith } from '@/lib/i18n/format-money';
import { dailySeries, listPostInsights, totalsOf, type Funnel } from '@/lib/studio/insights';
import { FunnelChart } from '@/components/studio/funnel-chart';
import { CardTable } from '@/components/card-table';
import { requireBrand } from '@/lib/auth/require-viewer';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('insights');
  return { title: t('title') };
}

const STEPS: readonly (keyof Funnel)[] = ['views', 'replies', 'buyingReplies', 'checkouts', 'paid'];
const DAYS = 14;

export default async function InsightsPage({ searchParams }: { searchParams: Promise<{ post?: string }> }) {
  const { viewer, brand } = await requireBrand('/studio/insights');
  const db = await getDb();
  const rows = await listPostInsights(db, brand.id);
  const { post } = await searchParams;
  const selected = rows.find((row) => row.postId === post) ?? null;
  const [series, format, t] = await Promise.all([dailySeries(db, brand.id, DAYS, selected?.postId), getFormatter(), getTranslations('insights')]);
  const totals = totalsOf(rows);
  const money = (minor: number, currency: string | null) => (currency ? formatMoneyWith(format, minor, currency) : '—');
  const revenue = Object.entries(totals.revenue).map(([currency, minor]) => money(minor, currency)).join(' · ') || '—';
  const percent = (share: number) => format.number(share, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });
  return (
    <div className="stack">
      <h1 className="page-title">{selected ? t('titleForPost', { title: selected.title }) : t('title')}</h1>
      {selected && <Link href="/studio/insights">{t('allPosts')}</Link>}
      <dl className="studio-totals card">
        {STEPS.map((key) => (
          <div key={key}>
            <dt>{t(`steps.${key}`)}</dt>
            <dd>{format.number((selected ?? totals)[key])}</dd>
          </div>
        ))}
        <div>
          <dt>{t('revenue')}</dt>
          <dd>{selected ? money(selected.revenueMinor, selected.currency) : revenue}</dd>
        </div>
        <div>
          <dt>{t('conversion')}</dt>
          <dd>{percent(selected ? selected.conversion : totals.views ? totals.paid / totals.views : 0)}</dd>
        </div>
      </dl>
      <section className="card stack">
        <h2>{t('lastDays', { days: DAYS })}</h2>
        <FunnelChart series={series} />
      </section>
      {rows.length === 0 ? (
        <p className="empty card">{t('empty')}</p>
      ) : (
        <CardTable
          rows={rows}
          rowKey={(row) => row.postId}
          columns={[
            { label: t('post'), cell: (row) => <Link href={`/studio/insights?post=${row.postId}`}>{row.title}</Link> },
            ...STEPS.map((key) => ({ label: t(`steps.${key}`), cell: (row: (typeof rows)[number]) => format.number(row[key]) })),
            { label: t('revenue'), className: 'price', cell: (row) => money(row.revenueMinor, row.currency) },
            { label: t('conversion'), cell: (row) => percent(row.conversion) },
          ]}
        />
      )}
    </div>
  );
}
