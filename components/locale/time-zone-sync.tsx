'use client';
import { useTimeZone } from 'next-intl';
import { useEffect } from 'react';
import { setTimeZone } from '@/lib/actions/settings/set-time-zone';

/** Tells the server the browser's time zone once, so every time on every page is the reader's. */
export function TimeZoneSync() {
  const serverTimeZone = useTimeZone();
  useEffect(() => {
    const browserTimeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (browserTimeZone && browserTimeZone !== serverTimeZone) void setTimeZone(null, { timeZone: browserTimeZone });
  }, [serverTimeZone]);
  return null;
}
