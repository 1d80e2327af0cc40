/** The storage deadline counts the time an answer could have been read, not time the process itself held the loop. */
import { describe, expect, it } from 'vitest';
import { withDeadline } from '../../src/storage/s3-timeouts.ts';

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));
const abortedAfter = (signal: AbortSignal) => new Promise<number>((done) => {
  const started = performance.now();
  signal.addEventListener('abort', () => done(performance.now() - started));
});

describe('withDeadline', () => {
  it('aborts an operation that waits past the deadline', async () => {
    const waited = await withDeadline((signal) => abortedAfter(signal), 300);
    expect(waited).toBeGreaterThanOrEqual(250);
    expect(waited).toBeLessThan(3000);
  });

  it('does not count a second the event loop was blocked (a render in the same process)', async () => {
    const aborted = await withDeadline(async (signal) => {
      await sleep(50);
      const until = performance.now() + 1000;
      while (performance.now() < until) { /* a render holding the loop */ }
      await sleep(50);
      return signal.aborted;
    }, 500);
    expect(aborted).toBe(false);
  });
});
