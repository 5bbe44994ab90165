// Where uploaded files live: one small interface so the app does not care whether that is a local
// folder (one machine) or an S3-compatible bucket (several instances).
import 'server-only';
import path from 'node:path';
import { dataDir } from '@/db/open';
import { localObjectStore } from './local';
import { s3ObjectStore, s3SettingsFromEnv } from './s3';
import type { ObjectStore } from './store';

const globalForStore = globalThis as unknown as { hashcartUploadStore?: { config: string; store: ObjectStore } };

/** The S3 bucket when S3_BUCKET is set, otherwise `$HASHCART_DATA_DIR/uploads`. */
export function uploadStore(env: Record<string, string | undefined> = process.env): ObjectStore {
  const s3 = s3SettingsFromEnv(env);
  if (!s3) return localObjectStore(path.join(dataDir(), 'uploads'));
  // One client per process, so its connection pool is reused across requests.
  const config = JSON.stringify(s3);
  if (globalForStore.hashcartUploadStore?.config !== config) {
    globalForStore.hashcartUploadStore = { config, store: s3ObjectStore(s3) };
  }
  return globalForStore.hashcartUploadStore.store;
}
