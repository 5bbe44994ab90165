import Link from 'next/link';
import { Suspense } from 'react';
import { getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import { listConversations, parseListCursor } from '@/lib/conversations/read';
import { ConversationList } from '@/components/conversations/conversation-list';
import { LiveRefresh } from '@/components/live/live-refresh';
import { requireBrand } from '@/lib/auth/require-viewer';
import { RowsSkeleton } from '@/components/layout/skeletons';

export async function generateMetadata() {
  return { title: (await getTranslations('inbox'))('studioTitle') };
}

const FILTERS = [
  { value: '', label: 'all' },
  { value: 'unread', label: 'unread' },
  { value: 'open-order', label: 'openOrder' },
] as const;

export default async function StudioInboxPage({ searchParams }: { searchParams: Promise<{ before?: string; show?: string }> }) {
  const { brand } = await requireBrand('/studio/inbox');
  const [query, t] = await Promise.all([searchParams, getTranslations('inbox')]);
  const show = FILTERS.find((filter) => filter.value === query.show)?.value ?? '';
  // The brand is settled before anything streams (a redirect stays a redirect); the list streams in.
  return (
    <div className="page-narrow stack">
      <h1 className="page-title">{t('title')}</h1>
      <nav className="tabs" aria-label={t('filters.label')}>
        {FILTERS.map((filter) => (
          <Link key={filter.value} href={filter.value ? `/studio/inbox?show=${filter.value}` : '/studio/inbox'} aria-current={filter.value === show ? 'page' : undefined}>
            {t(`filters.${filter.label}`)}
          </Link>
        ))}
      </nav>
      <Suspense key={show} fallback={<RowsSkeleton avatars />}>
        <BrandConversations brandId={brand.id} show={show} before={query.before} />
      </Suspense>
      <LiveRefresh topic="inbox" on={['message']} />
    </div>
  );
}

async function BrandConversations({ brandId, show, before }: { brandId: string; show: (typeof FILTERS)[number]['value']; before?: string }) {
  const [{ items, next }, t] = await Promise.all([
    listConversations(await getDb(), 'brand', brandId, { before: parseListCursor(before), unreadOnly: show === 'unread', withOpenOrder: show === 'open-order' }),
    getTranslations('inbox'),
  ]);
  return (
    <ConversationList
      items={items}
      side="brand"
      basePath="/studio/inbox"
      next={next}
      query={show ? { show } : {}}
      empty={show ? t('filteredEmpty') : t('studioEmpty')}
    />
  );
}
