/** s3rver on 127.0.0.1 in a fresh temporary folder, for one test file; `stop()` removes both. */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startLocalS3, type LocalS3 } from '../../src/storage/local-s3.ts';
import { s3Storage } from '../../src/storage/s3-storage.ts';
import type { Storage } from '../../src/storage/storage.ts';

export type TempS3 = LocalS3 & {
  /** The real S3 storage (AWS SDK v3) against this server. */
  readonly storage: Storage;
  stop(): Promise<void>;
};

export async function startTempS3(bucket: string): Promise<TempS3> {
  const directory = await mkdtemp(join(tmpdir(), `nianbao-${bucket}-`));
  const s3 = await startLocalS3({ directory, bucket });
  return {
    ...s3,
    storage: s3Storage({ bucket, endpoint: s3.endpoint }),
    async stop() {
      await s3.close();
      await rm(directory, { recursive: true, force: true });
    },
  };
}
