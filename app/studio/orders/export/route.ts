// CSV download of the brand's orders, with the same filters as the list.
import { getDb } from '@/db/client';
import { getViewer } from '@/lib/auth/viewer';
import { exportOrdersCsv } from '@/lib/studio/orders-csv';
import { parseOrderFilters } from '@/lib/studio/order-filters';

export async function GET(request: Request) {
  const viewer = await getViewer();
  if (!viewer?.brand) return new Response('Sign in as a brand to export orders.', { status: 401 });
  const filters = parseOrderFilters(Object.fromEntries(new URL(request.url).searchParams));
  const csv = await exportOrdersCsv(await getDb(), viewer.brand.id, filters);
  const name = `${viewer.brand.handle}-orders-${new Date().toISOString().slice(0, 10)}.csv`;
  return new Response(csv, {
    headers: { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': `attachment; filename="${name}"`, 'cache-control': 'private, no-store' },
  });
}
