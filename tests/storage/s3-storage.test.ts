import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { s3Storage } from '../../src/storage/s3-storage.ts';
import { AlreadyExistsError, StorageUnavailableError, type Storage } from '../../src/storage/storage.ts';
import { startTempS3, type TempS3 } from './temp-s3.ts';

let s3: TempS3;
let storage: Storage;

beforeAll(async () => {
  s3 = await startTempS3('storage-test');
  storage = s3.storage;
});
afterAll(() => s3.stop());

describe('S3 storage against s3rver', () => {
  it('stores bytes and reads the same bytes back', async () => {
    const bytes = new Uint8Array(70_000).map((_, i) => (i * 31) % 251);
    await storage.put('a/b.bin', bytes, { contentType: 'application/octet-stream' });
    expect(Buffer.from((await storage.get('a/b.bin'))!)).toEqual(Buffer.from(bytes));
  });

  it('answers undefined for a missing key', async () => {
    expect(await storage.get('missing/key')).toBeUndefined();
  });

  it('lists keys under a prefix in order', async () => {
    for (const k of ['list/2', 'list/1', 'other/3']) await storage.put(k, new Uint8Array([1]), { contentType: 'text/plain' });
    expect(await storage.list('list/')).toEqual(['list/1', 'list/2']);
  });

  it('signs a URL that downloads the object with its headers', async () => {
    const disposition = "attachment; filename=\"report.pdf\"; filename*=UTF-8''%E5%B9%B4.pdf";
    await storage.put('signed.pdf', new TextEncoder().encode('%PDF'), { contentType: 'application/pdf', contentDisposition: disposition });
    const answer = await fetch(await storage.signedUrl('signed.pdf', 60));
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toBe('application/pdf');
    expect(answer.headers.get('content-disposition')).toBe(disposition);
    expect(await answer.text()).toBe('%PDF');
  });

  it('maps S3\'s 412 on a conditional write to AlreadyExistsError', async () => {
    // s3rver ignores If-None-Match on PUT, so answer as AWS S3 does when the object exists.
    const s3Like = createServer((request, response) => {
      expect(request.headers['if-none-match']).toBe('*');
      response.writeHead(412, { 'content-type': 'application/xml' });
      response.end('<?xml version="1.0" encoding="UTF-8"?><Error><Code>PreconditionFailed</Code><Message>At least one of the pre-conditions you specified did not hold</Message></Error>');
    });
    await new Promise<void>((resolve) => s3Like.listen(0, '127.0.0.1', resolve));
    const { port } = s3Like.address() as AddressInfo;
    const conditional = s3Storage({ bucket: 'b', endpoint: `http://127.0.0.1:${port}` });
    await expect(conditional.put('once', new Uint8Array([1]), { contentType: 'text/plain', ifAbsent: true }))
      .rejects.toBeInstanceOf(AlreadyExistsError);
    s3Like.close();
  });

  it('turns an unreachable store into StorageUnavailableError', async () => {
    const dead = s3Storage({ bucket: 'x', endpoint: 'http://127.0.0.1:9' });
    await expect(dead.get('k')).rejects.toBeInstanceOf(StorageUnavailableError);
    await expect(dead.put('k', new Uint8Array([1]), { contentType: 'text/plain' })).rejects.toBeInstanceOf(StorageUnavailableError);
  });
});
