'use client';
import { useTranslations } from 'next-intl';
import { useEffect, useState } from 'react';

function remaining(until: string): string {
  const seconds = Math.max(0, Math.floor((new Date(until).getTime() - Date.now()) / 1000));
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

/** "14:59 left", ticking; rendered only in the browser so server and client markup agree. */
export function Countdown({ until }: { until: string }) {
  const t = useTranslations('replies.countdown');
  const [text, setText] = useState<string | null>(null);
  useEffect(() => {
    setText(remaining(until));
    const timer = setInterval(() => setText(remaining(until)), 1000);
    return () => clearInterval(timer);
  }, [until]);
  return text ? (
    <span className="countdown" aria-label={t('leftToPay', { time: text })}>
      {t('left', { time: text })}
    </span>
  ) : null;
}
