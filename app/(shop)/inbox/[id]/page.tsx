import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import { getOrderForViewer } from '@/lib/checkout/orders';
import { counterpartOf, openConversation, parseSeqCursor } from '@/lib/conversations/read';
import { isDomainError } from '@/lib/errors';
import { ConversationThread } from '@/components/conversations/conversation-thread';
import { requireViewer } from '@/lib/auth/require-viewer';

export async function generateMetadata() {
  return { title: (await getTranslations('inbox'))('conversation') };
}

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ before?: string; about?: string }> };

export default async function ConversationPage({ params, searchParams }: Props) {
  const { id } = await params;
  const viewer = await requireViewer(`/inbox/${id}`);
  const db = await getDb();
  const reader = { userId: viewer.id, brandId: viewer.brand?.id ?? null };
  const conversation = await openConversation(db, reader, id, 'buyer').catch((error: unknown) => {
    if (isDomainError(error)) notFound();
    throw error;
  });
  const query = await searchParams;
  const counterpart = await counterpartOf(db, conversation, 'buyer');
  // "Ask about this order": the composer starts with the order named, if it is the reader's own.
  const about = query.about ? await getOrderForViewer(db, viewer, query.about).catch(() => null) : null;
  const t = await getTranslations('inbox.thread');
  const draft = about && about.brandId === conversation.brandId ? t('aboutOrder', { item: about.itemLabel, quantity: about.quantity, reference: about.id.slice(0, 8) }) : '';
  return (
    <div className="page-narrow">
      <ConversationThread
        db={db}
        conversation={conversation}
        side="buyer"
        title={counterpart.title}
        subtitle={counterpart.handle ? `@${counterpart.handle}` : null}
        titleHref={counterpart.href}
        basePath="/inbox"
        before={parseSeqCursor(query.before)}
        draft={draft}
      />
    </div>
  );
}
