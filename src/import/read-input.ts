/**
 * Bytes of a published page to lines. Chinese government sites serve UTF-8 or GB18030
 * (GBK); anything that decodes as neither, or that holds binary control bytes, is not
 * a page we can read, and says so instead of producing nonsense.
 */
import { htmlToLines } from './html-lines.ts';
import type { Line } from './lines.ts';
import { textToLines } from './text-lines.ts';
import { UnreadableInput } from './unreadable.ts';

/** A published report page is tens of kilobytes; this leaves room for heavy HTML. */
export const maxInputBytes = 5 * 1024 * 1024;

export type InputShape = 'html' | 'text';


const tooLarge = (): UnreadableInput =>
  new UnreadableInput(`输入超过 ${maxInputBytes} 字节的上限，未读取。`, `The input exceeds the ${maxInputBytes}-byte limit and was not read.`);

export function decodePage(bytes: Uint8Array): string {
  if (bytes.byteLength === 0) throw new UnreadableInput('输入为空。', 'The input is empty.');
  if (bytes.byteLength > maxInputBytes) throw tooLarge();
  const text = decodeAs('utf-8', bytes) ?? decodeAs('gb18030', bytes);
  if (text === undefined || /[\u0000-\u0008\u000e-\u001a]/.test(text)) {
    throw new UnreadableInput('输入不是文本（既非 UTF-8 也非 GB18030 编码）。', 'The input is not text (neither UTF-8 nor GB18030).');
  }
  return text.replace(/^\ufeff/, '');
}

function decodeAs(encoding: string, bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** HTML when the page carries markup that structures it; otherwise plain text. */
export function shapeOf(text: string, declared?: InputShape): InputShape {
  if (declared) return declared;
  return /<(html|body|table|p|div|br|tr|td|h[1-6])[\s>/]/i.test(text) ? 'html' : 'text';
}

export const pageToLines = (text: string, shape: InputShape): Line[] =>
  shape === 'html' ? htmlToLines(text) : textToLines(text);
