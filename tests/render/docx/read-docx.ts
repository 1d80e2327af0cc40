/**
 * Reads a .docx for the tests: its zip entries through node:zlib (no zip library is a
 * declared dependency), and elements of its XML by tag. nianbao's parts are not nested
 * within themselves (no table in a table), so matching each element to its first close works.
 */
import { inflateRawSync } from 'node:zlib';

export function unzip(zip: Uint8Array): Map<string, Buffer> {
  const bytes = Buffer.from(zip);
  const end = bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0) throw new Error('not a zip file');
  const entries = new Map<string, Buffer>();
  let offset = bytes.readUInt32LE(end + 16);
  for (let index = 0; index < bytes.readUInt16LE(end + 10); index += 1) {
    const method = bytes.readUInt16LE(offset + 10);
    const compressedSize = bytes.readUInt32LE(offset + 20);
    const nameLength = bytes.readUInt16LE(offset + 28);
    const name = bytes.toString('utf8', offset + 46, offset + 46 + nameLength);
    const local = bytes.readUInt32LE(offset + 42);
    const dataStart = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28);
    const data = bytes.subarray(dataStart, dataStart + compressedSize);
    entries.set(name, method === 8 ? inflateRawSync(data) : Buffer.from(data));
    offset += 46 + nameLength + bytes.readUInt16LE(offset + 30) + bytes.readUInt16LE(offset + 32);
  }
  return entries;
}

export function xmlPart(entries: Map<string, Buffer>, path: string): string {
  const part = entries.get(path);
  if (part === undefined) throw new Error(`no ${path} in the package`);
  return part.toString('utf8');
}

/** Every `<tag …>…</tag>` or `<tag …/>` in the XML, outermost first. */
export function elements(xml: string, tag: string): string[] {
  const pattern = new RegExp(`<${tag}(?:\\s[^>]*?)?(?:/>|>[\\s\\S]*?</${tag}>)`, 'g');
  return xml.match(pattern) ?? [];
}

/** An attribute of the first `tag` element in the XML. */
export function attribute(xml: string, tag: string, name: string): string | undefined {
  const element = xml.match(new RegExp(`<${tag}(?:\\s[^>]*?)?/?>`));
  return element?.[0].match(new RegExp(`\\s${name}="([^"]*)"`))?.[1];
}

/** The text of the `w:t` elements, joined. */
export const textOf = (xml: string) => elements(xml, 'w:t').map((t) => t.replace(/<[^>]+>/g, '')).join('');
