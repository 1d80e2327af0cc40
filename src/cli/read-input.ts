/**
 * Reads a command's input (a file, or `-` for standard input) as bytes or as UTF-8 text,
 * with a size limit, answering one clear sentence in Chinese and English when it cannot.
 */
import { open } from 'node:fs/promises';

/** Far above any real report (tens of KB), far below what would exhaust memory. */
export const maxInputBytes = 10 * 1024 * 1024;

type Message = { readonly zh: string; readonly en: string };
type Refusal = { readonly ok: false; readonly message: Message };
export type InputBytes = { readonly ok: true; readonly bytes: Buffer } | Refusal;
export type InputText = { readonly ok: true; readonly text: string } | Refusal;

const reasons: Record<string, Message> = {
  ENOENT: { zh: '文件不存在', en: 'no such file' },
  EACCES: { zh: '没有读取权限', en: 'permission denied' },
  EISDIR: { zh: '这是一个目录', en: 'it is a directory' },
};

async function readLimited(chunks: AsyncIterable<Buffer | string>, name: Message): Promise<InputBytes> {
  const parts: Buffer[] = [];
  let size = 0;
  for await (const chunk of chunks) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    size += bytes.length;
    if (size > maxInputBytes) {
      const mb = maxInputBytes / 1024 / 1024;
      return { ok: false, message: { zh: `${name.zh}超过 ${mb} MB，不予读取。`, en: `${name.en} is larger than ${mb} MB and was not read.` } };
    }
    parts.push(bytes);
  }
  return { ok: true, bytes: Buffer.concat(parts) };
}

/** The raw bytes, for a command that decodes them itself (import detects GB18030). */
export async function readInputBytes(file: string): Promise<InputBytes> {
  if (file === '-') return readLimited(process.stdin, { zh: '标准输入', en: 'Standard input' });
  try {
    const handle = await open(file, 'r');
    try {
      return await readLimited(handle.createReadStream({ autoClose: false }), { zh: file, en: file });
    } finally {
      await handle.close();
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    const reason = reasons[code] ?? { zh: '读取失败', en: `read failed (${code || 'unknown error'})` };
    return { ok: false, message: { zh: `无法读取 ${file}：${reason.zh}。`, en: `Cannot read ${file}: ${reason.en}.` } };
  }
}

export async function readInputText(file: string): Promise<InputText> {
  const input = await readInputBytes(file);
  return input.ok ? { ok: true, text: input.bytes.toString('utf8') } : input;
}
