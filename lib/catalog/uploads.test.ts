import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { MAX_UPLOAD_BYTES, readUpload, saveImageUploads } from './uploads';

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'hashcart-uploads-'));
  process.env.HASHCART_DATA_DIR = dir;
});
afterAll(async () => {
  delete process.env.HASHCART_DATA_DIR;
  await rm(dir, { recursive: true, force: true });
});

describe('image uploads', () => {
  it('stores a real image under the hash of its bytes and serves it back', async () => {
    const [url] = await saveImageUploads([new File([PNG], 'shirt.png')]);
    expect(url).toBe(`/uploads/${createHash('sha256').update(PNG).digest('hex')}.png`);
    const served = await readUpload(url!.split('/').pop()!);
    expect(served).toEqual({ bytes: PNG, type: 'image/png' });
  });

  it('gives the same bytes the same URL and different bytes another', async () => {
    const [first, again, other] = await saveImageUploads([new File([PNG], 'a.png'), new File([PNG], 'b.png'), new File([PNG, new Uint8Array([7])], 'c.png')]);
    expect(again).toBe(first);
    expect(other).not.toBe(first);
  });

  it('refuses a non-image (whatever its name) and an oversized file, and writes nothing', async () => {
    const before = await readdir(path.join(dir, 'uploads')).catch(() => []);
    await expect(saveImageUploads([new File([PNG], 'ok.png'), new File(['<script>'], 'evil.png')])).rejects.toMatchObject({ code: 'invalid_input' });
    await expect(saveImageUploads([new File([PNG, new Uint8Array(MAX_UPLOAD_BYTES)], 'big.png')])).rejects.toMatchObject({ code: 'invalid_input' });
    expect(await readdir(path.join(dir, 'uploads')).catch(() => [])).toEqual(before);
  });

  it('never reads outside the uploads folder', async () => {
    expect(await readUpload('../auth-secret')).toBeNull();
  });
});
