/**
 * An S3-protocol server in this process (s3rver), for `npm start` and the tests: no AWS
 * account, no Docker. It does not check signatures; it stands in for S3, it guards nothing.
 */
import S3rver from 's3rver';
import type { AddressInfo } from 'node:net';
import { CreateBucketCommand, HeadBucketCommand } from '@aws-sdk/client-s3';
import { s3Client } from './s3-storage.ts';

export type LocalS3 = {
  readonly endpoint: string;
  readonly bucket: string;
  close(): Promise<void>;
};

export async function startLocalS3(options: { directory: string; bucket: string; port?: number }): Promise<LocalS3> {
  const server = new S3rver({ port: options.port ?? 0, address: '127.0.0.1', directory: options.directory, silent: true });
  const address = (await server.run()) as AddressInfo;
  const endpoint = `http://127.0.0.1:${address.port}`;
  const client = s3Client({ bucket: options.bucket, endpoint });
  const exists = await client.send(new HeadBucketCommand({ Bucket: options.bucket })).then(() => true, () => false);
  if (!exists) await client.send(new CreateBucketCommand({ Bucket: options.bucket }));
  client.destroy();
  let closing: Promise<void> | undefined;
  const stop = async () => {
    const closed = server.close();
    // Idle keep-alive sockets from SDK clients would otherwise hold the port open.
    server.httpServer?.closeAllConnections();
    await closed;
  };
  // Closing twice (a test that stopped S3 on purpose, then its teardown) is harmless.
  const close = () => (closing ??= stop());
  return { endpoint, bucket: options.bucket, close };
}
