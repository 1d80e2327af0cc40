/** A finding as the commands print it: severity, rule and JSON path, then the message in Chinese and English. */
import type { Finding } from '../findings.ts';

export function findingText(f: Finding): string {
  const numbers = f.expected === undefined ? '' : `  expected ${f.expected}, found ${f.found ?? 'blank'}`;
  return `${f.severity.padEnd(7)} ${f.rule}  ${f.path}${numbers}\n  ${f.message.zh}\n  ${f.message.en}\n`;
}
