// The reply thread as JSON, polled by open post pages so new replies appear without a reload.
// Personal: a reader's own purchase state is included, so it is never cached.
import { NextResponse, type NextRequest } from 'next/server';
import { isUuid } from '@/lib/validation/ids';
import { getDb } from '@/db/client';
import { getViewer } from '@/lib/auth/viewer';
import { listThread } from '@/lib/replies/thread';

export async function GET(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!isUuid(id)) return NextResponse.json({ error: 'not_found' }, { status: 404 });
  const viewer = await getViewer();
  const replies = await listThread(await getDb(), id, viewer?.id ?? null);
  return NextResponse.json({ replies }, { headers: { 'cache-control': 'private, no-store' } });
}
