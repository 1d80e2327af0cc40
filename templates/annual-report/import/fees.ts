/**
 * The 信息处理费 of section 六 (2021 format): the model holds it as a number, the page
 * states it in a sentence (「全年收取政府信息公开信息处理费3940元」), or says none was
 * charged (「未收取信息公开处理费」「无收取信息处理费情况」), which is 0. It is taken only
 * when the section states exactly one amount; otherwise the finding says why it was left out.
 */
import type { Finding } from '../../../src/findings.ts';
import { money } from '../schema.ts';
import { otherFinding } from './import-findings.ts';

const fee = '信息(?:公开)?处理费';
const feeTerm = new RegExp(fee);
const feeTerms = new RegExp(fee, 'g');
/** A figure starting where a digit run starts, so that a long run is scanned once, not once per digit. */
const figure = '(?<![0-9０-９,.．])([0-9０-９][0-9０-９,]*(?:[.．][0-9０-９]+)?)';
const withUnit = new RegExp(`${figure}\\s*(万元|元)`, 'g');
/** A figure with no unit at all (not a year, a count or a date). */
const bare = new RegExp(`${figure}(?![0-9０-９.．,]|\\s*[年月日件条个项次%％万元])`, 'g');
const sentenceEnd = /[。；;！!？?]/;
const noneCharged = new RegExp(`(?:无|未|没有|不存在|均未)[^。；;，,]{0,8}?收取[^。；;，,]{0,16}?${fee}`);

/** The first figure `pattern` finds after each mention of the fee, within its sentence. */
function figuresAfterFee(text: string, pattern: RegExp): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  for (const sentence of text.split(sentenceEnd)) {
    feeTerms.lastIndex = 0;
    for (let term = feeTerms.exec(sentence); term; term = feeTerms.exec(sentence)) {
      pattern.lastIndex = term.index + term[0].length;
      const match = pattern.exec(sentence);
      if (!match) break;
      found.push(match);
      feeTerms.lastIndex = match.index + match[0].length;
    }
  }
  return found;
}

type Amount = { readonly yuan: number; readonly unit: boolean; readonly decimals: number };

export function readFee(paragraphs: readonly string[]): { yuan?: number; finding?: Finding } {
  const text = paragraphs.join('\n');
  if (!feeTerm.test(text)) return {};
  const amounts = figuresAfterFee(text, withUnit).map((m): Amount => ({ ...amountOf(m[1] ?? '', m[2]), unit: true }));
  if (amounts.length === 0) amounts.push(...figuresAfterFee(text, bare).map((m): Amount => ({ ...amountOf(m[1] ?? '', undefined), unit: false })));
  if (noneCharged.test(text)) amounts.push({ yuan: 0, unit: true, decimals: 0 });
  const distinct = [...new Map(amounts.map((a) => [`${a.yuan}|${a.unit}`, a])).values()];
  const [only] = distinct;
  const parsed = distinct.length === 1 && only?.unit ? money.safeParse(only.yuan) : undefined;
  if (parsed?.success && parsed.data !== null) return { yuan: parsed.data };
  const [zh, en] = distinct.length > 1
    ? ['第六部分提到的信息处理费金额不止一个，无法确定全年金额，未导入。', 'Section VI states more than one information processing fee amount; the annual figure is unclear and was not imported.']
    : only && !only.unit
      ? [`第六部分的信息处理费金额「${only.yuan}」没有写明单位（元或万元），未导入。`, `Section VI states the information processing fee "${only.yuan}" without a unit (元 or 万元); not imported.`]
      : only
        ? [`第六部分的信息处理费金额有 ${only.decimals} 位小数，超过格式允许的两位（分），未导入。`, `Section VI states the information processing fee with ${only.decimals} decimals, more than the two (fen) the format allows; not imported.`]
        : ['第六部分提到信息处理费，但没有可读的金额（「……元」），未导入。', 'Section VI mentions the information processing fee but states no readable amount (「……元」); not imported.'];
  return { finding: otherFinding('import.fee-unreadable', ['fees', 'informationProcessingFeeYuan'], zh, en) };
}

/** Yuan from the printed figure, shifting the decimal point for 万元 in the text, not in floating point. */
function amountOf(figure: string, unit: string | undefined): { yuan: number; decimals: number } {
  const plain = figure.normalize('NFKC').replace(/,/g, '');
  const [whole = '', fraction = ''] = plain.split('.');
  if (unit !== '万元') return { yuan: Number(plain), decimals: fraction.length };
  const padded = fraction.padEnd(4, '0');
  return { yuan: Number(`${whole}${padded.slice(0, 4)}.${padded.slice(4) || '0'}`), decimals: Math.max(0, fraction.length - 4) };
}
