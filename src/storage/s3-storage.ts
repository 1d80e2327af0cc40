/**
 * Storage on S3 with the AWS SDK v3. Any failure to reach the store becomes a
 * StorageUnavailableError, which the HTTP layer answers with 503 and Retry-After; every
 * call is bounded in time (s3-timeouts.ts).
 */
import {
  DeleteObjectCommand,
  GetObjectCommand,
  ListObjectsV2Command,
  NoSuchKey,
  PutObjectCommand,
  S3Client,
  S3ServiceException,
} from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import { s3RequestHandler, s3Timeouts, withDeadline } from './s3-timeouts.ts';
import { AlreadyExistsError, StorageUnavailableError, type PutOptions, type Storage } from './storage.ts';

export type S3StorageOptions = {
  readonly bucket: string;
  /** A local S3-protocol server (s3rver); absent on AWS. */
  readonly endpoint?: string;
  readonly region?: string;
};

export function s3Client(options: S3StorageOptions): S3Client {
  const bounded = { maxAttempts: s3Timeouts.maxAttempts, retryMode: 'standard' as const, requestHandler: s3RequestHandler() };
  if (!options.endpoint) return new S3Client({ region: options.region, ...bounded });
  return new S3Client({
    ...bounded,
    endpoint: options.endpoint,
    region: options.region ?? 'us-east-1',
    // s3rver serves buckets by path and stores aws-chunked bodies with CRC32 trailers corrupted.
    forcePathStyle: true,
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
    credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
  });
}

export function s3Storage(options: S3StorageOptions, client = s3Client(options)): Storage {
  const { bucket } = options;
  const fail = (operation: string, key: string) => (cause: unknown): never => {
    throw new StorageUnavailableError(operation, key, { cause });
  };

  return {
    async put(key: string, bytes: Uint8Array, put: PutOptions) {
      const command = new PutObjectCommand({
        Bucket: bucket,
        Key: key,
        Body: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength),
        ContentLength: bytes.byteLength,
        ContentType: put.contentType,
        ContentDisposition: put.contentDisposition,
        IfNoneMatch: put.ifAbsent ? '*' : undefined,
      });
      await withDeadline((abortSignal) => client.send(command, { abortSignal })).catch((error: unknown) => {
        if (put.ifAbsent && isPreconditionFailed(error)) throw new AlreadyExistsError(key);
        return fail('put', key)(error);
      });
    },

    async get(key: string) {
      try {
        return await withDeadline(async (abortSignal) => {
          const answer = await client.send(new GetObjectCommand({ Bucket: bucket, Key: key }), { abortSignal });
          return answer.Body ? await answer.Body.transformToByteArray() : new Uint8Array();
        });
      } catch (error) {
        if (error instanceof NoSuchKey || (error instanceof S3ServiceException && error.name === 'NoSuchKey')) return undefined;
        return fail('get', key)(error);
      }
    },

    async list(prefix: string) {
      const keys: string[] = [];
      let token: string | undefined;
      do {
        const page = await withDeadline((abortSignal) =>
          client.send(new ListObjectsV2Command({ Bucket: bucket, Prefix: prefix, ContinuationToken: token }), { abortSignal }))
          .catch(fail('list', prefix));
        for (const object of page.Contents ?? []) if (object.Key) keys.push(object.Key);
        token = page.IsTruncated ? page.NextContinuationToken : undefined;
      } while (token);
      return keys.sort();
    },

    async delete(key: string) {
      await withDeadline((abortSignal) => client.send(new DeleteObjectCommand({ Bucket: bucket, Key: key }), { abortSignal }))
        .catch(fail('delete', key));
    },

    signedUrl(key: string, ttlSeconds: number) {
      return getSignedUrl(client, new GetObjectCommand({ Bucket: bucket, Key: key }), { expiresIn: ttlSeconds })
        .catch(fail('sign', key));
    },
  };
}

function isPreconditionFailed(error: unknown): boolean {
  return error instanceof S3ServiceException
    && (error.$metadata.httpStatusCode === 412 || error.name === 'PreconditionFailed');
}

/**
 * Reads whole objects of any bucket the client may read (a deployment's assets, such as the
 * whole font faces); a missing object or an unreachable store is a StorageUnavailableError.
 */
export function s3ObjectReader(client: S3Client): (location: { readonly bucket: string; readonly key: string }) => Promise<Uint8Array> {
  return ({ bucket, key }) =>
    withDeadline(async (abortSignal) => {
      const answer = await client.send(new GetObjectCommand({ Bucket: bucket, Key: key }), { abortSignal });
      return answer.Body ? await answer.Body.transformToByteArray() : new Uint8Array();
    }).catch((cause: unknown) => {
      throw new StorageUnavailableError('get', `s3://${bucket}/${key}`, { cause });
    });
}
