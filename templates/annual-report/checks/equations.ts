/**
 * Most cross-checks are sums: a target cell must equal a signed sum of other cells. Rules
 * are written as data (lists of equations); this one evaluator turns them into findings.
 */
import type { Finding } from '../../../src/findings.ts';
import { jsonPath } from '../../../src/json-path.ts';
import { type Cell, type PlacedCell, placeOf } from './cells.ts';
import { type RuleId, rules } from './rules.ts';

export type Term = { readonly cell: Cell; readonly sign: 1 | -1 };
export type Equation = { readonly rule: RuleId; readonly target: PlacedCell; readonly terms: readonly Term[] };

export const plus = (cell: Cell): Term => ({ cell, sign: 1 });
export const minus = (cell: Cell): Term => ({ cell, sign: -1 });

/** A finding when the equation fails; a warning when a blank cell makes it unverifiable. */
export function evaluate(equation: Equation): Finding | undefined {
  const { target, terms } = equation;
  const rule = rules[equation.rule];
  const { zh, en, path, labels } = placeOf(target);
  const expected = signedSum(terms);
  const found = target.value;
  if (expected === null || found === null) {
    const blanks = [target, ...terms.map((t) => t.cell)].filter((c) => c.value === null);
    const names = [...new Set(blanks.map((c) => jsonPath(c.path)))];
    return {
      rule: equation.rule,
      severity: 'warning',
      path,
      ...labels,
      found: null,
      message: {
        zh: `${zh}无法核对（${rule.statement.zh}）：${names.join('、')} 为空白，空白不按 0 计算。`,
        en: `${en} cannot be verified ("${rule.statement.en}"): ${names.join(', ')} is blank, and a blank is not counted as 0.`,
      },
    };
  }
  if (found === expected) return undefined;
  return {
    rule: equation.rule,
    severity: rule.severity,
    path,
    ...labels,
    expected,
    found,
    message: {
      zh: `${zh}：${rule.statement.zh}；应为 ${expected}，实为 ${found}。`,
      en: `${en}: ${rule.statement.en}; expected ${expected}, found ${found}.`,
    },
  };
}

/** The sum of the terms, or null when any of them is blank. */
function signedSum(terms: readonly Term[]): number | null {
  let sum = 0;
  for (const { cell, sign } of terms) {
    if (cell.value === null) return null;
    sum += sign * cell.value;
  }
  return sum;
}
