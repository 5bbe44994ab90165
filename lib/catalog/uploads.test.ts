import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
  it('stores a real image under a random name and serves it back', async () => {
    const [url] = await saveImageUploads([new File([PNG], 'shirt.png')]);
    expect(url).toMatch(/^\/uploads\/[0-9a-f-]{36}\.png$/);
    const served = await readUpload(url!.split('/').pop()!);
    expect(served?.type).toBe('image/png');
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
