'use client';
// A feed card's line about the post's draw: when entries open or close and how many have entered,
// kept current by the tab's live stream (entries and the draw's state) and a one-minute tick.
import { useFormatter, useTranslations } from 'next-intl';
import { useEffect, useState } from 'react';
import type { DrawCardState as State } from '@/lib/draws/card-state';
import { useLive } from '@/components/live/live-provider';

const TICK_MS = 60_000;

type Translate = ReturnType<typeof useTranslations<'draws.card'>>;
type Format = ReturnType<typeof useFormatter>;

export function DrawCardState({ postId, initial }: { postId: string; initial: State }) {
  const t = useTranslations('draws.card');
  const format = useFormatter();
  const [state, setState] = useState(initial);
  // null until mounted: times are the reader's, so the server's render must not guess them.
  const [now, setNow] = useState<number | null>(null);
  useLive(`post:${postId}`, (event) => {
    if (event.type === 'draw') setState(event.draw);
  });
  useEffect(() => {
    setNow(Date.now());
    const timer = setInterval(() => setNow(Date.now()), TICK_MS);
    return () => clearInterval(timer);
  }, []);
  return (
    <p className="muted flush" aria-live="polite" data-live-draw={postId}>
      {now === null ? (state.status === 'open' ? t('draw') : t('drawn')) : drawLine(state, new Date(now), t, format)}
    </p>
  );
}

/** The card's line in the reader's language: "Draw · entries open · closes in 2 hours · 1,240 entered". */
function drawLine(state: State, now: Date, t: Translate, format: Format): string {
  const entered = state.entered;
  if (state.status !== 'open') return t('drawnEntered', { entered });
  const opensAt = new Date(state.opensAt);
  const closesAt = new Date(state.closesAt);
  if (opensAt > now) return t('upcoming', { opens: format.dateTime(opensAt, 'short') });
  if (closesAt > now) return t('open', { closes: format.relativeTime(closesAt, now), entered });
  return t('closed', { entered });
}
