'use client';
// Keeps an open thread current and read: new messages re-render it, and while the tab is visible
// whatever arrives is marked read (which clears the badge on every tab of this reader).
import { useRouter } from 'next/navigation';
import { useEffect } from 'react';
import { markConversationRead } from '@/lib/actions/conversations/mark-conversation-read';
import { useLive } from '@/components/live/live-provider';

export function ThreadLive({ conversationId, side, unread }: { conversationId: string; side: 'buyer' | 'brand'; unread: number }) {
  const router = useRouter();
  useEffect(() => {
    if (unread === 0) return;
    const markIfSeen = () => {
      if (document.visibilityState === 'visible') void markConversationRead(null, { conversationId, side });
    };
    markIfSeen();
    document.addEventListener('visibilitychange', markIfSeen);
    return () => document.removeEventListener('visibilitychange', markIfSeen);
  }, [conversationId, side, unread]);
  useEffect(() => {
    document.getElementById('thread-end')?.scrollIntoView({ block: 'end' });
  });
  useLive('inbox', (event) => {
    if (event.type === 'resync' || (event.type === 'message' && event.conversation === conversationId)) router.refresh();
  });
  return null;
}
