/** The states of an Idempotency-Key's record, against s3rver, with a clock the test moves. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IdempotencyConflictError, IdempotencyInProgressError } from '../../src/service/errors.ts';
import { idempotencyTimes, keyRecords } from '../../src/service/idempotency.ts';
import { startTempS3, type TempS3 } from '../storage/temp-s3.ts';

let s3: TempS3;
beforeAll(async () => { s3 = await startTempS3('idem-records'); });
afterAll(() => s3?.stop());

let clock = new Date('2026-01-01T00:00:00Z');
const advance = (seconds: number) => { clock = new Date(clock.getTime() + seconds * 1000); };
const records = () => keyRecords(s3.storage, 'p/', () => clock);
const proposed = (id: string) => ({ id, createdAt: clock.toISOString() });

describe('idempotency records', () => {
  it('claims a free key in progress, with the payload hash and a lease', async () => {
    const begun = await records().begin('k1', 'hash-a', proposed('id-1'));
    expect(begun.state).toBe('claimed');
    expect(begun.record).toMatchObject({ id: 'id-1', request: 'hash-a', state: 'in-progress' });
    expect(Date.parse(begun.record.expiresAt) - clock.getTime()).toBe(idempotencyTimes.leaseSeconds * 1000);
  });

  it('shows a live lease to the same payload as in progress and refuses another payload', async () => {
    expect((await records().begin('k1', 'hash-a', proposed('id-2'))).state).toBe('in-progress');
    await expect(records().begin('k1', 'hash-b', proposed('id-2'))).rejects.toBeInstanceOf(IdempotencyConflictError);
    await expect(records().begin('k1', 'hash-b', proposed('id-2'))).rejects.not.toBeInstanceOf(IdempotencyInProgressError);
  });

  it('lets a lapsed lease be taken over: the same payload keeps its id, another gets a new one', async () => {
    advance(idempotencyTimes.leaseSeconds + 1);
    const same = await records().begin('k1', 'hash-a', proposed('id-3'));
    expect(same).toMatchObject({ state: 'claimed', record: { id: 'id-1' } });
    advance(idempotencyTimes.leaseSeconds + 1);
    const other = await records().begin('k1', 'hash-b', proposed('id-4'));
    expect(other).toMatchObject({ state: 'claimed', record: { id: 'id-4', request: 'hash-b' } });
  });

  it('keeps a finished key until its expiry, then frees it', async () => {
    const begun = await records().begin('k2', 'hash-a', proposed('id-5'));
    await records().finish('k2', begun.record);
    advance(idempotencyTimes.keepSeconds - 10);
    expect(await records().begin('k2', 'hash-a', proposed('id-6'))).toMatchObject({ state: 'done', record: { id: 'id-5' } });
    await expect(records().begin('k2', 'hash-b', proposed('id-6'))).rejects.toBeInstanceOf(IdempotencyConflictError);
    advance(20);
    expect(await records().begin('k2', 'hash-b', proposed('id-7'))).toMatchObject({ state: 'claimed', record: { id: 'id-7' } });
  });

  it('frees a released key at once', async () => {
    await records().begin('k3', 'hash-a', proposed('id-8'));
    await records().release('k3');
    expect(await records().begin('k3', 'hash-b', proposed('id-9'))).toMatchObject({ state: 'claimed', record: { id: 'id-9' } });
  });
});
