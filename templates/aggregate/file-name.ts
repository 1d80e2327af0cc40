/**
 * 「测试市2024年政府信息公开工作年度报告汇总」 as a download's name: characters a file system
 * refuses replaced, the name cut (and marked 「…」) so that the whole stays within the
 * byte budget the annual report's names keep.
 */
import { maxFileNameBytes, truncateUtf8 } from '../annual-report/file-name.ts';
import { aggregateTitle } from './labels.ts';

const extensionBytes = 5;
const cutMark = '…';
const bytes = (text: string) => new TextEncoder().encode(text).byteLength;

export function aggregateFileName(name: string, year: number): string {
  const safe = name.replace(/[\\/:*?"<>|\u0000-\u001f\u007f]/g, '_').replace(/^[.\s]+/, '');
  const whole = aggregateTitle.zh(safe, year);
  if (bytes(whole) + extensionBytes <= maxFileNameBytes) return whole;
  const budget = maxFileNameBytes - extensionBytes - bytes(aggregateTitle.zh(cutMark, year));
  return aggregateTitle.zh(`${truncateUtf8(safe, budget)}${cutMark}`, year);
}
