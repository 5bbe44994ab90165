'use client';
// The unread count in the header (or the studio nav), kept current by the live stream.
import { useState } from 'react';
import { useLive } from './live-provider';

export function LiveBadge({ initial, count }: { initial: number; count: 'inbox' | 'studio' }) {
  const [unread, setUnread] = useState(initial);
  useLive('inbox', (event) => {
    if (event.type === 'badge') setUnread(event[count]);
  });
  if (unread <= 0) return null;
  return (
    <span className="badge-count" aria-label={`${unread} unread`} data-testid={`${count}-badge`}>
      {unread > 99 ? '99+' : unread}
    </span>
  );
}
