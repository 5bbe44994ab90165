// A folder on this machine: the zero-set-up default, right for one instance.
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import type { ObjectStore } from './store';

export function localObjectStore(dir: string): ObjectStore {
  const file = (key: string) => {
    const resolved = path.resolve(dir, key);
    if (path.dirname(resolved) !== path.resolve(dir)) throw new Error(`Object key "${key}" must be a plain file name`);
    return resolved;
  };
  return {
    async put(key, bytes) {
      await mkdir(dir, { recursive: true });
      // Written aside then renamed, so a reader never sees half a file.
      const temporary = path.join(dir, `.${randomUUID()}.part`);
      await writeFile(temporary, bytes);
      await rename(temporary, file(key));
    },
    async get(key) {
      try {
        return new Uint8Array(await readFile(file(key)));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
        throw error;
      }
    },
  };
}
