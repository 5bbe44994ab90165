import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import { listConversations, parseListCursor } from '@/lib/conversations/read';
import { ConversationList } from '@/components/conversations/conversation-list';
import { LiveRefresh } from '@/components/live/live-refresh';
import { requireBrand } from '@/lib/auth/require-viewer';

export async function generateMetadata() {
  return { title: (await getTranslations('inbox'))('studioTitle') };
}

const FILTERS = [
  { value: '', label: 'all' },
  { value: 'unread', label: 'unread' },
  { value: 'open-order', label: 'openOrder' },
] as const;

export default async function StudioInboxPage({ searchParams }: { searchParams: Promise<{ before?: string; show?: string }> }) {
  const { viewer, brand } = await requireBrand('/studio/inbox');
  const [query, t] = await Promise.all([searchParams, getTranslations('inbox')]);
  const show = FILTERS.find((filter) => filter.value === query.show)?.value ?? '';
  const { items, next } = await listConversations(await getDb(), 'brand', brand.id, {
    before: parseListCursor(query.before),
    unreadOnly: show === 'unread',
    withOpenOrder: show === 'open-order',
  });
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
      <ConversationList
        items={items}
        side="brand"
        basePath="/studio/inbox"
        next={next}
        query={show ? { show } : {}}
        empty={show ? t('filteredEmpty') : t('studioEmpty')}
      />
      <LiveRefresh topic="inbox" on={['message']} />
    </div>
  );
}
