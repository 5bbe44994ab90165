'use client';
// A feed card's line about the post's draw: when entries open or close and how many have entered,
// kept current by the tab's live stream (entries and the draw's state) and a one-minute tick.
import { useEffect, useState } from 'react';
import type { DrawCardState as State } from '@/lib/draws/card-state';
import { useLive } from '@/components/live/live-provider';

const TICK_MS = 60_000;

function closesIn(until: Date, now: number): string {
  const minutes = Math.max(1, Math.ceil((until.getTime() - now) / 60_000));
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return `${hours} h ${minutes % 60} min`;
  return `${Math.floor(hours / 24)} days`;
}

function when(iso: string): string {
  return new Date(iso).toLocaleString(undefined, { weekday: 'short', day: 'numeric', month: 'short', hour: 'numeric', minute: '2-digit' });
}

export function drawLine(state: State, now: number): string {
  const entered = `${state.entered.toLocaleString()} entered`;
  if (state.status !== 'open') return `Drawn · ${entered}`;
  const opensAt = new Date(state.opensAt);
  const closesAt = new Date(state.closesAt);
  if (opensAt.getTime() > now) return `Draw · entries open ${when(state.opensAt)}`;
  if (closesAt.getTime() > now) return `Draw · entries open · closes in ${closesIn(closesAt, now)} · ${entered}`;
  return `Draw · entries closed · ${entered} · drawing winners`;
}

export function DrawCardState({ postId, initial }: { postId: string; initial: State }) {
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
    <p className="muted" style={{ margin: 0 }} aria-live="polite" data-live-draw={postId}>
      {now === null ? (state.status === 'open' ? 'Draw' : 'Drawn') : drawLine(state, now)}
    </p>
  );
}
