/**
 * Splitting digit runs back into numbers. A table flattened without separators prints a
 * row 3001 · 53 · 0 · 0 · 61 · 4 · 3119 as 「300153006143119」; which splits are possible
 * is a matter of the digits, which one is right a matter of the table's rules, given by the
 * caller as groups of values with a check for each. Every split the rules allow is answered,
 * so that the caller can tell a unique one from a guess. The search is bounded by a step
 * budget: a run too long to search is answered as such, never partly searched.
 */

export type Split = readonly number[];

export type SplitRule = {
  /** How many values each group holds, in order; they add up to the row's count. */
  readonly groups: readonly number[];
  /** Whether a group's values can stand, as far as the row alone can tell. */
  readonly check: (group: number, values: readonly number[]) => boolean;
};

export type SplitResult = { readonly kind: 'splits'; readonly splits: readonly Split[] } | { readonly kind: 'too-long' };

/** A printed whole number: no leading zeros, at most ten digits (past any count the schema allows). */
const maxDigits = 10;
/** Steps of the search; real rows need a few thousand. */
export const splitBudget = 200_000;
/** More answers than this are not a choice a table rule can make. */
const maxSplits = 1000;

export const isDigitRun = (token: string): boolean => /^\d+$/.test(token);

/** All ways to read `tokens` (digit runs, in order) as `count` numbers, each token giving at least one. */
export function splitDigitRuns(tokens: readonly string[], count: number, rule: SplitRule): SplitResult {
  const digits = tokens.join('').length;
  if (tokens.length > count || digits > count * maxDigits) return { kind: 'splits', splits: [] };
  const splits: number[][] = [];
  const values: number[] = [];
  const ends = groupEnds(rule.groups);
  let steps = 0;
  let exhausted = false;
  const search = (token: number, at: number): void => {
    if (exhausted) return;
    if ((steps += 1) > splitBudget || splits.length > maxSplits) {
      exhausted = true;
      return;
    }
    const text = tokens[token];
    if (text === undefined) {
      if (values.length === count) splits.push([...values]);
      return;
    }
    const left = count - values.length;
    const tokensLeft = tokens.length - token;
    if (left < tokensLeft) return;
    for (let length = 1; length <= Math.min(maxDigits, text.length - at); length += 1) {
      const part = text.slice(at, at + length);
      if (part.length > 1 && part.startsWith('0')) break;
      const end = at + length === text.length;
      // A token's last part must end it; values never run across a separator.
      if (end && left - 1 < tokensLeft - 1) continue;
      if (!end && left - 1 < tokensLeft) continue;
      values.push(Number(part));
      if (groupHolds(values, ends, rule)) search(end ? token + 1 : token, end ? 0 : at + length);
      values.pop();
    }
  };
  search(0, 0);
  return exhausted ? { kind: 'too-long' } : { kind: 'splits', splits };
}

const groupEnds = (groups: readonly number[]): number[] => groups.map((_, i) => groups.slice(0, i + 1).reduce((a, b) => a + b, 0));

/** When the last value placed completes a group, that group's check. */
function groupHolds(values: readonly number[], ends: readonly number[], rule: SplitRule): boolean {
  const group = ends.indexOf(values.length);
  if (group < 0) return true;
  return rule.check(group, values.slice(group === 0 ? 0 : ends[group - 1], values.length));
}
