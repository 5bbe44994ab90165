'use client';
// Re-renders the server page when what it shows changes: an order's status, the conversations.
import { useRouter } from 'next/navigation';
import { useLive, type LiveEvent, type LiveTopic } from './live-provider';

export function LiveRefresh({ topic, on }: { topic: LiveTopic; on: LiveEvent['type'][] }) {
  const router = useRouter();
  useLive(topic, (event) => {
    if (event.type === 'resync' || on.includes(event.type)) router.refresh();
  });
  return null;
}
