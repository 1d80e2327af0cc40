/** mapBounded: every result in order, never more than `limit` tasks in flight. */
import { describe, expect, it } from 'vitest';
import { mapBounded } from '../../src/service/bounded.ts';

describe('mapBounded', () => {
  it('keeps at most `limit` tasks in flight and returns results in the order of the items', async () => {
    let inFlight = 0;
    let most = 0;
    const items = Array.from({ length: 50 }, (_, i) => i);
    const results = await mapBounded(items, 4, async (item) => {
      inFlight++;
      most = Math.max(most, inFlight);
      // Later items finish first, so order comes from the index, not from completion.
      await new Promise((resolve) => setTimeout(resolve, 50 - item));
      inFlight--;
      return item * 2;
    });
    expect(results).toEqual(items.map((i) => i * 2));
    expect(most).toBe(4);
  });

  it('rejects when a task rejects', async () => {
    await expect(mapBounded([1, 2, 3], 2, async (i) => { if (i === 2) throw new Error('no'); return i; })).rejects.toThrow('no');
  });

  it('answers an empty list with an empty list', async () => {
    expect(await mapBounded([], 16, async () => 1)).toEqual([]);
  });
});
