// What an object store offers, whichever holds the bytes (./local.ts or ./s3.ts).

export interface ObjectStore {
  /** Stores bytes under a key; writing the same key again replaces them. */
  put(key: string, bytes: Uint8Array, contentType: string): Promise<void>;
  /** The bytes under a key, or null when there are none. */
  get(key: string): Promise<Uint8Array | null>;
}
