import { readUpload } from '@/lib/catalog/uploads';

export async function GET(_request: Request, { params }: { params: Promise<{ name: string }> }) {
  const upload = await readUpload((await params).name);
  if (!upload) return new Response('Not found', { status: 404 });
  return new Response(new Uint8Array(upload.bytes), {
    headers: {
      'content-type': upload.type,
      // Names are random and never reused, so the bytes behind a URL never change.
      'cache-control': 'public, max-age=31536000, immutable',
      'x-content-type-options': 'nosniff',
    },
  });
}
