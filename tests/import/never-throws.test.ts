/**
 * Never an exception: pages damaged at random — lines deleted, replaced or spliced with
 * markup, control characters, huge numbers, stray headings — import to a report the
 * schema accepts, or are refused as unreadable with a reason; nothing else escapes.
 */
import { describe, expect, it } from 'vitest';
import { UnreadableInput } from '../../src/import/unreadable.ts';
import { importReport } from '../../templates/annual-report/import/import-report.ts';
import { annualReport } from '../../templates/annual-report/schema.ts';
import { corpusText, hailin, huaian } from './fixtures.ts';
import { reportHtml } from './report-html.ts';

const damage = [
  '<b>', '</p>', '\u0007', '/', '-', '99999999999', '1.234', '|', '\t', '（七）总计', '一、总体情况', '日期:2021-13-45',
  '第二十条第（九）项', '', '本年制发件数', '<table><tr><td rowspan=999>x</td></tr></table>', '信息处理费12.345万元', '&#0;', '<script>',
];
const pages = [corpusText(hailin.page), corpusText(huaian.page), reportHtml(hailin.example()), reportHtml(huaian.example())];

/** A fixed-seed generator: the same damaged pages on every run. */
function random(seed: number) {
  let state = seed;
  const next = () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
  return { next, pick: <T>(items: readonly T[]) => items[Math.floor(next() * items.length)] as T };
}

function damaged(rng: ReturnType<typeof random>): string {
  const lines = rng.pick(pages).split('\n');
  for (let edits = 1 + Math.floor(rng.next() * 12); edits > 0; edits -= 1) {
    const i = Math.floor(rng.next() * lines.length);
    const roll = rng.next();
    if (roll < 0.3) lines.splice(i, 1 + Math.floor(rng.next() * 5));
    else if (roll < 0.6) lines[i] = rng.pick(damage);
    else if (roll < 0.8) {
      const line = lines[i] ?? '';
      const at = Math.floor(rng.next() * line.length);
      lines[i] = line.slice(0, at) + rng.pick(damage) + line.slice(at + 1);
    } else lines.splice(i, 0, rng.pick(damage));
  }
  return lines.join('\n');
}

describe('randomly damaged pages', () => {
  it('give a schema-valid report or a refusal with a reason, 200 pages', () => {
    const rng = random(20240101);
    let imported = 0;
    for (let n = 0; n < 200; n += 1) {
      try {
        expect(annualReport.safeParse(importReport(damaged(rng)).report).success).toBe(true);
        imported += 1;
      } catch (error) {
        expect(error, `page ${n}`).toBeInstanceOf(UnreadableInput);
      }
    }
    expect(imported).toBeGreaterThan(150);
  }, 60_000);
});
