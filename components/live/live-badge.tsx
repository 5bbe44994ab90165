'use client';
// The unread count in the header (or the studio nav), kept current by the live stream.
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { useLive } from './live-provider';

export function LiveBadge({ initial, count }: { initial: number; count: 'inbox' | 'studio' }) {
  const t = useTranslations('shell');
  const [unread, setUnread] = useState(initial);
  useLive('inbox', (event) => {
    if (event.type === 'badge') setUnread(event[count]);
  });
  if (unread <= 0) return null;
  return (
    <span className="badge-count" aria-label={t('unread', { count: unread })} data-testid={`${count}-badge`}>
      {unread > 99 ? '99+' : unread}
    </span>
  );
}
