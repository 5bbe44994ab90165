import { readUpload } from '@/lib/catalog/uploads';

export async function GET(_request: Request, { params }: { params: Promise<{ name: string }> }) {
  const { name } = await params;
  const upload = await readUpload(name);
  if (!upload) return new Response('Not found', { status: 404 });
  return new Response(new Uint8Array(upload.bytes), {
    headers: {
      'content-type': upload.type,
      // A name is the hash of the bytes, so the bytes behind a URL never change: browsers and a CDN
      // may keep them for a year without asking again.
      'cache-control': 'public, max-age=31536000, immutable',
      etag: `"${name.split('.')[0]}"`,
      'x-content-type-options': 'nosniff',
    },
  });
}
