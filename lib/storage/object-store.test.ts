// Both stores pass the same suite: the local folder, and the S3 one against a real S3-compatible
// server (s3rver) started here.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { startLocalS3, type LocalS3 } from '@/test/s3-server';
import { localObjectStore } from './local';
import { uploadStore } from './object-store';
import type { ObjectStore } from './store';
import { s3ObjectStore, s3SettingsFromEnv } from './s3';

const BYTES = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2, 3, 4]);

interface Subject {
  store: ObjectStore;
  close(): Promise<void>;
}

const subjects: Record<string, () => Promise<Subject>> = {
  'local folder': async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'hashcart-store-'));
    return { store: localObjectStore(dir), close: () => rm(dir, { recursive: true, force: true }) };
  },
  's3 (s3rver)': async () => {
    const s3 = await startLocalS3();
    return { store: s3ObjectStore(s3SettingsFromEnv(s3.env)!), close: () => s3.close() };
  },
};

describe.each(Object.keys(subjects))('object store: %s', (name) => {
  let subject: Subject;
  beforeAll(async () => {
    subject = await subjects[name]!();
  });
  afterAll(async () => {
    await subject?.close();
  });

  it('gives back exactly the bytes it was given', async () => {
    await subject.store.put('a.png', BYTES, 'image/png');
    expect(await subject.store.get('a.png')).toEqual(BYTES);
  });

  it('answers null for a key it never stored', async () => {
    expect(await subject.store.get('missing.png')).toBeNull();
  });

  it('replaces the bytes when the same key is written again', async () => {
    await subject.store.put('b.png', BYTES, 'image/png');
    await subject.store.put('b.png', new Uint8Array([9, 9]), 'image/png');
    expect(await subject.store.get('b.png')).toEqual(new Uint8Array([9, 9]));
  });

  it('keeps many concurrent writes apart', async () => {
    const keys = Array.from({ length: 12 }, (_, index) => `c${index}.png`);
    await Promise.all(keys.map((key, index) => subject.store.put(key, new Uint8Array([index]), 'image/png')));
    expect(await Promise.all(keys.map((key) => subject.store.get(key)))).toEqual(keys.map((_, index) => new Uint8Array([index])));
  });
});

describe('choosing the store from the environment', () => {
  let s3: LocalS3;
  beforeAll(async () => {
    s3 = await startLocalS3();
  });
  afterAll(async () => {
    await s3?.close();
  });

  it('uses the bucket when S3_BUCKET is set, so a second instance sees what the first stored', async () => {
    const env = { ...process.env, ...s3.env };
    await uploadStore(env).put('shared.png', BYTES, 'image/png');
    // A fresh client, as another instance would have.
    expect(await s3ObjectStore(s3SettingsFromEnv(env)!).get('shared.png')).toEqual(BYTES);
  });

  it('refuses a key that would leave the local folder', async () => {
    const store = localObjectStore(os.tmpdir());
    await expect(store.get('../etc/passwd')).rejects.toThrow(/plain file name/);
  });
});
