// Image uploads: checked by their bytes (not the name or the browser's word), size-limited, and
// stored in the upload store (lib/storage) under the hash of their content, which the app serves at
// /uploads/<name>: the same URL always means the same bytes, so it can be cached forever.
import 'server-only';
import { createHash } from 'node:crypto';
import { DomainError } from '@/lib/errors';
import { uploadStore } from '@/lib/storage/object-store';
import type { ObjectStore } from '@/lib/storage/store';

export const MAX_UPLOAD_BYTES = 5 * 1024 * 1024;

const SIGNATURES: { type: string; ext: string; matches: (b: Uint8Array) => boolean }[] = [
  { type: 'image/png', ext: 'png', matches: (b) => b[0] === 0x89 && b[1] === 0x50 && b[2] === 0x4e && b[3] === 0x47 },
  { type: 'image/jpeg', ext: 'jpg', matches: (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff },
  { type: 'image/gif', ext: 'gif', matches: (b) => b[0] === 0x47 && b[1] === 0x49 && b[2] === 0x46 },
  {
    type: 'image/webp',
    ext: 'webp',
    matches: (b) => String.fromCharCode(...b.slice(0, 4)) === 'RIFF' && String.fromCharCode(...b.slice(8, 12)) === 'WEBP',
  },
];

// SHA-256 names; older uploads kept the random UUID names they were stored under.
const NAME_PATTERN = /^([0-9a-f]{64}|[0-9a-f-]{36})\.(png|jpg|gif|webp)$/;

export function detectImageType(bytes: Uint8Array): { type: string; ext: string } | null {
  return SIGNATURES.find((signature) => signature.matches(bytes)) ?? null;
}

/** Validates every file first, then writes them all, so one bad file saves nothing. */
export async function saveImageUploads(files: File[], field = 'images', store: ObjectStore = uploadStore()): Promise<string[]> {
  const checked = await Promise.all(
    files.map(async (file) => {
      if (file.size > MAX_UPLOAD_BYTES) {
        throw new DomainError('invalid_input', 'errors.upload.tooLarge', field, { params: { name: file.name } });
      }
      const bytes = new Uint8Array(await file.arrayBuffer());
      const kind = detectImageType(bytes);
      if (!kind) throw new DomainError('invalid_input', file.name ? 'errors.upload.notImage' : 'errors.upload.notImageUnnamed', field, { params: { name: file.name } });
      return { bytes, type: kind.type, name: `${createHash('sha256').update(bytes).digest('hex')}.${kind.ext}` };
    }),
  );
  await Promise.all(checked.map(({ bytes, name, type }) => store.put(name, bytes, type)));
  return checked.map(({ name }) => `/uploads/${name}`);
}

export async function readUpload(name: string, store: ObjectStore = uploadStore()): Promise<{ bytes: Uint8Array; type: string } | null> {
  if (!NAME_PATTERN.test(name)) return null;
  const bytes = await store.get(name);
  const kind = bytes && detectImageType(bytes);
  return bytes && kind ? { bytes, type: kind.type } : null;
}
