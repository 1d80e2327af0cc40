/**
 * The tiny storage interface the service writes through. One implementation (S3) serves
 * AWS and the local server alike; tests run it against s3rver, never a fake.
 */
export type PutOptions = {
  readonly contentType: string;
  readonly contentDisposition?: string;
  /** Write only if no object exists under the key (S3 `If-None-Match: *`). */
  readonly ifAbsent?: boolean;
};

export type Storage = {
  put(key: string, bytes: Uint8Array, options: PutOptions): Promise<void>;
  /** The object's bytes, or `undefined` when no object exists under the key. */
  get(key: string): Promise<Uint8Array | undefined>;
  /** Every key under the prefix, in ascending key order. */
  list(prefix: string): Promise<string[]>;
  /** Removes the object; removing one that does not exist is no error. */
  delete(key: string): Promise<void>;
  /** A short-lived URL that downloads the object without credentials. */
  signedUrl(key: string, ttlSeconds: number): Promise<string>;
};

/** Base of storage errors: the store could not be reached or refused to work. */
export class StorageUnavailableError extends Error {
  override readonly name = 'StorageUnavailableError';
  constructor(operation: string, key: string, options?: { cause?: unknown }) {
    super(`storage ${operation} failed for ${key}`, options);
  }
}

/** A conditional write lost: an object already exists under the key. */
export class AlreadyExistsError extends Error {
  override readonly name = 'AlreadyExistsError';
  constructor(key: string) {
    super(`an object already exists under ${key}`);
  }
}
