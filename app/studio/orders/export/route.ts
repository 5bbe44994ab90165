// CSV download of the brand's orders, with the same filters as the list.
import { getDb } from '@/db/client';
import { getViewer } from '@/lib/auth/viewer';
import { getTimeZone } from 'next-intl/server';
import { requestTranslator } from '@/lib/i18n/translator';
import { instantToWallClock } from '@/lib/i18n/wall-clock';
import { exportOrdersCsv } from '@/lib/studio/orders-csv';
import { parseOrderFilters } from '@/lib/studio/order-filters';

export async function GET(request: Request) {
  const [viewer, say] = await Promise.all([getViewer(), requestTranslator()]);
  if (!viewer?.brand) return new Response(say('studio.csv.signIn'), { status: 401, headers: { 'content-type': 'text/plain; charset=utf-8' } });
  // The same days as the list the brand filtered: on the reader's clock.
  const timeZone = await getTimeZone();
  const filters = { ...parseOrderFilters(Object.fromEntries(new URL(request.url).searchParams)), timeZone };
  // Worded for the person downloading: headers and status labels in their language.
  const csv = await exportOrdersCsv(await getDb(), viewer.brand.id, say, filters);
  const name = say('studio.csv.fileName', { handle: viewer.brand.handle, date: instantToWallClock(new Date(), timeZone).slice(0, 10) });
  return new Response(csv, {
    headers: { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': `attachment; filename="${name}"`, 'cache-control': 'private, no-store' },
  });
}
