import type { Metadata } from 'next';
import Link from 'next/link';
import { Suspense } from 'react';
import { getFormatter, getTimeZone, getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import { listBrandPosts } from '@/lib/catalog/posts';
import { itemName } from '@/lib/catalog/post-title';
import { orderStatusWord } from '@/lib/vocabulary/statuses';
import { truncateWords } from '@/lib/text/truncate';
import { formatMoneyWith } from '@/lib/i18n/format-money';
import { ORDER_STATUSES } from '@/lib/orders/lifecycle';
import { listStudioOrders } from '@/lib/studio/order-list';
import { filtersToQuery, parseOrderFilters } from '@/lib/studio/order-filters';
import { OrderStatusBadge } from '@/components/checkout/order-status-badge';
import { FilterSelect } from '@/components/form/filter-select';
import { CardTable } from '@/components/card-table';
import { Button, ButtonLink, buttonClass } from '@/components/form/button';
import { requireBrand } from '@/lib/auth/require-viewer';
import { RowsSkeleton } from '@/components/layout/skeletons';
import type { OrderFilters } from '@/lib/studio/order-list';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('studio.orders');
  return { title: t('title') };
}

type Query = Record<string, string | string[] | undefined>;

export default async function StudioOrdersPage({ searchParams }: { searchParams: Promise<Query> }) {
  const { viewer, brand } = await requireBrand('/studio/orders');
  // Days in the filter are the reader's days, like the dates in the list.
  const filters = { ...parseOrderFilters(await searchParams), timeZone: await getTimeZone() };
  const db = await getDb();
  const [posts, say] = await Promise.all([listBrandPosts(db, brand.id), getTranslations()]);
  const t = await getTranslations('studio.orders');
  const query = filtersToQuery(filters);
  const filtered = query.length > 0;
  return (
    <div className="stack">
      <div className="row row--spread">
        <h1 className="page-title">{t('title')}</h1>
        <a className={buttonClass({ variant: 'ghost' })} href={`/studio/orders/export${query ? `?${query}` : ''}`} download>
          {t('export')}
        </a>
      </div>
      <form className="studio-filters card" method="get" role="search" aria-label={t('filters.label')}>
        <div className="field">
          <label htmlFor="q">{t('filters.search')}</label>
          <input id="q" name="q" type="search" defaultValue={filters.q} placeholder={t('filters.searchPlaceholder')} />
        </div>
        <FilterSelect id="status" name="status" label={t('filters.status')} anyLabel={t('filters.any')} value={filters.status} options={ORDER_STATUSES.map((status) => ({ value: status, label: say(orderStatusWord(status).label) }))} />
        <FilterSelect id="post" name="post" label={t('filters.post')} anyLabel={t('filters.any')} value={filters.postId} options={posts.map((post) => ({ value: post.id, label: truncateWords(post.title, 40) }))} />
        <div className="field">
          <label htmlFor="from">{t('filters.from')}</label>
          <input id="from" name="from" type="date" defaultValue={filters.from} />
        </div>
        <div className="field">
          <label htmlFor="to">{t('filters.to')}</label>
          <input id="to" name="to" type="date" defaultValue={filters.to} />
        </div>
        <div className="row">
          <Button small type="submit">
            {t('filters.submit')}
          </Button>
          {filtered && (
            <ButtonLink variant="ghost" small href="/studio/orders">
              {t('filters.clear')}
            </ButtonLink>
          )}
        </div>
      </form>
      {/* The brand is settled before anything streams (a redirect stays a redirect); the list streams in. */}
      <Suspense key={query} fallback={<RowsSkeleton />}>
        <BrandOrders brandId={brand.id} filters={filters} filtered={filtered} />
      </Suspense>
    </div>
  );
}

async function BrandOrders({ brandId, filters, filtered }: { brandId: string; filters: OrderFilters; filtered: boolean }) {
  const [orders, format, t] = await Promise.all([getDb().then((db) => listStudioOrders(db, brandId, filters)), getFormatter(), getTranslations('studio.orders')]);
  return orders.length === 0 ? (
    <p className="empty card">{filtered ? t('emptyFiltered') : t('empty')}</p>
  ) : (
    <CardTable
      rows={orders}
      rowKey={(order) => order.id}
      columns={[
        { label: t('columns.date'), cell: (order) => <Link href={`/studio/orders/${order.id}`}>{format.dateTime(order.createdAt, 'short')}</Link> },
        { label: t('columns.buyer'), cell: (order) => order.buyer.name },
        { label: t('columns.item'), cell: (order) => `${itemName(order.post.title, order.itemLabel)} ×${order.quantity}` },
        { label: t('columns.total'), className: 'price', cell: (order) => formatMoneyWith(format, order.amountMinor, order.currency) },
        { label: t('columns.status'), cell: (order) => <OrderStatusBadge status={order.status} /> },
        { label: t('columns.fulfilment'), cell: (order) => (order.fulfilledAt ? t('shipped', { tracking: order.trackingRef ?? '' }) : '—') },
      ]}
    />
  );
}
