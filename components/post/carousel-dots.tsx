'use client';
// The carousel's dots: follow the row's scroll position, jump to a photo when pressed, and turn the
// arrow keys into one photo at a time while the row has focus.
import { useTranslations } from 'next-intl';
import { useEffect, useState } from 'react';

function track(trackId: string): HTMLElement | null {
  return document.getElementById(trackId);
}

function showPhoto(row: HTMLElement, index: number) {
  row.scrollTo({ left: index * row.clientWidth, behavior: 'smooth' });
}

export function CarouselDots({ trackId, count }: { trackId: string; count: number }) {
  const t = useTranslations('carousel');
  const [current, setCurrent] = useState(0);

  useEffect(() => {
    const row = track(trackId);
    if (!row) return;
    const onScroll = () => setCurrent(Math.min(count - 1, Math.max(0, Math.round(row.scrollLeft / row.clientWidth))));
    const onKey = (event: KeyboardEvent) => {
      const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
      if (!step) return;
      event.preventDefault();
      showPhoto(row, Math.min(count - 1, Math.max(0, Math.round(row.scrollLeft / row.clientWidth) + step)));
    };
    row.addEventListener('scroll', onScroll, { passive: true });
    row.addEventListener('keydown', onKey);
    return () => {
      row.removeEventListener('scroll', onScroll);
      row.removeEventListener('keydown', onKey);
    };
  }, [trackId, count]);

  return (
    <div className="carousel__dots">
      {Array.from({ length: count }, (_, index) => (
        <button
          key={index}
          type="button"
          className="carousel__dot"
          aria-label={t('dot', { index: index + 1, count })}
          aria-current={index === current ? 'true' : undefined}
          onClick={() => {
            const row = track(trackId);
            if (row) showPhoto(row, index);
          }}
        />
      ))}
    </div>
  );
}
