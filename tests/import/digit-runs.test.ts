/** Splitting digit runs: every split the rules allow, none they do not, and a bounded search. */
import { describe, expect, it } from 'vitest';
import { splitDigitRuns } from '../../src/import/digit-runs.ts';

const splitsOf = (result: ReturnType<typeof splitDigitRuns>) => (result.kind === 'splits' ? result.splits : []);
const total = (groups: number[]) => ({ groups, check: (_: number, v: readonly number[]) => v.slice(0, -1).reduce((a, b) => a + b, 0) === v.at(-1) });

describe('splitDigitRuns', () => {
  it('finds the one split of a section 三 row its total allows', () => {
    expect(splitDigitRuns(['300153006143119'], 7, total([7]))).toEqual({ kind: 'splits', splits: [[3001, 53, 0, 0, 61, 4, 3119]] });
  });

  it('answers every split when the row rule allows two, for the table rules to choose', () => {
    expect(splitDigitRuns(['110000011'], 7, total([7]))).toEqual({ kind: 'splits', splits: [[1, 10, 0, 0, 0, 0, 11], [11, 0, 0, 0, 0, 0, 11]] });
  });

  it('reads no number with a leading zero and none past ten digits', () => {
    const splits = splitsOf(splitDigitRuns(['1011'], 3, { groups: [3], check: () => true }));
    expect(splits).toEqual([[1, 0, 11], [10, 1, 1]]);
    expect(splitDigitRuns(['1'.repeat(71)], 7, total([7]))).toEqual({ kind: 'splits', splits: [] });
  });

  it('checks each group of section 四 as soon as it is complete', () => {
    const splits = splitsOf(splitDigitRuns([[72, 64, 178, 37, 351, 13, 4, 8, 1, 26, 12, 1, 1, 6, 20].join('')], 15, total([5, 5, 5])));
    expect(splits).toContainEqual([72, 64, 178, 37, 351, 13, 4, 8, 1, 26, 12, 1, 1, 6, 20]);
    for (const split of splits) expect(split.length).toBe(15);
  });

  it('gives up on a run too long to search rather than answering part of it', () => {
    expect(splitDigitRuns(['1'.repeat(69)], 7, total([7]))).toEqual({ kind: 'too-long' });
  });
});
