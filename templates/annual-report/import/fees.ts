/**
 * The 信息处理费 of section 六 (2021 format): the model holds it as a number, the page
 * states it in a sentence (「全年收取政府信息公开信息处理费3940元」). It is taken only when
 * the section states exactly one amount; otherwise the finding says why it was left out.
 */
import type { Finding } from '../../../src/findings.ts';
import { money } from '../schema.ts';
import { otherFinding } from './import-findings.ts';

const feeSentence = /信息处理费[^。；;！!？?]*?([0-9０-９][0-9０-９,]*(?:[.．][0-9０-９]+)?)\s*(万元|元)/g;

export function readFee(paragraphs: readonly string[]): { yuan?: number; finding?: Finding } {
  const text = paragraphs.join('\n');
  if (!text.includes('信息处理费')) return {};
  const amounts = new Set([...text.matchAll(feeSentence)].map((m) => toYuan(m[1] ?? '', m[2] === '万元')));
  const [only] = amounts;
  const parsed = amounts.size === 1 && only !== undefined ? money.safeParse(only) : undefined;
  if (parsed?.success && parsed.data !== null) return { yuan: parsed.data };
  return {
    finding: otherFinding('import.fee-unreadable', ['fees', 'informationProcessingFeeYuan'],
      amounts.size > 1
        ? '第六部分提到的信息处理费金额不止一个，无法确定全年金额，未导入。'
        : '第六部分提到信息处理费，但没有可读的金额（「……元」），未导入。',
      amounts.size > 1
        ? 'Section VI states more than one information processing fee amount; the annual figure is unclear and was not imported.'
        : 'Section VI mentions the information processing fee but states no readable amount (「……元」); not imported.'),
  };
}

/** Yuan from the printed figure, shifting the decimal point for 万元 in the text, not in floating point. */
function toYuan(figure: string, tenThousands: boolean): number {
  const plain = figure.normalize('NFKC').replace(/,/g, '');
  if (!tenThousands) return Number(plain);
  const [whole = '', fraction = ''] = plain.split('.');
  const padded = fraction.padEnd(4, '0');
  return Number(`${whole}${padded.slice(0, 4)}.${padded.slice(4) || '0'}`);
}
