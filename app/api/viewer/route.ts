// The reader's own parts of a page the page cache shares between signed-in readers (lib/viewer).
import { NextResponse, type NextRequest } from 'next/server';
import { getDb } from '@/db/client';
import { getViewer } from '@/lib/auth/viewer';
import { isUuid } from '@/lib/validation/ids';
import { readViewerState } from '@/lib/viewer/viewer-state';

export async function GET(request: NextRequest) {
  const brandId = request.nextUrl.searchParams.get('brand');
  if (brandId !== null && !isUuid(brandId)) return NextResponse.json({ error: 'invalid_input' }, { status: 400 });
  const state = await readViewerState(await getDb(), await getViewer(), brandId);
  return NextResponse.json(state, { headers: { 'cache-control': 'private, no-store' } });
}
