/**
 * A TrueType face's `loca` table (where each glyph's outline starts in `glyf`), read straight
 * from the file and handed to fontkit before it decodes the table itself. fontkit's generic
 * decoder takes 3–8 ms a face for 30,000 offsets (≈ 20 ms of every cold start with the four
 * default faces, the first time a glyph is measured); copying the same bytes and swapping them
 * natively (the long format every default face has) takes microseconds. The values are
 * fontkit's own: byte offsets, the short format's doubled.
 */
import { endianness } from 'node:os';
import type { Font } from 'fontkit';

/** The parts of fontkit's TrueType font read here (not in its public types). */
type TrueTypeFace = Font & {
  readonly directory: { readonly tables: Record<string, { readonly offset: number; readonly length: number } | undefined> };
  readonly stream: { readonly buffer: Uint8Array };
  readonly head: { readonly indexToLocFormat: number };
  readonly _tables: Record<string, unknown>;
};

/** fontkit's decoded loca: `version` is head.indexToLocFormat; `_processed` marks short offsets already doubled. */
export type LocaTable = { readonly version: number; readonly offsets: Uint32Array; readonly _processed: true };

export function readLoca(file: Uint8Array, at: { readonly offset: number; readonly length: number }, version: number): LocaTable {
  if (version === 1) {
    // The long format is the file's bytes as 32-bit big-endian numbers: copied and byte-swapped
    // natively, not read one by one in a loop (which a cold process runs in the interpreter).
    const offsets = new Uint32Array(at.length / 4);
    const bytes = Buffer.from(offsets.buffer);
    bytes.set(file.subarray(at.offset, at.offset + offsets.length * 4));
    if (endianness() === 'LE') bytes.swap32();
    return { version, offsets, _processed: true };
  }
  const view = new DataView(file.buffer, file.byteOffset + at.offset, at.length);
  const offsets = new Uint32Array(at.length / 2);
  for (let i = 0; i < offsets.length; i++) offsets[i] = view.getUint16(i * 2) * 2;
  return { version, offsets, _processed: true };
}

/** Gives a freshly parsed TrueType face its loca table, unless it has none or fontkit already decoded it. */
export function primeLoca(face: Font): void {
  const font = face as TrueTypeFace;
  const at = font.directory?.tables.loca;
  if (!at || 'loca' in font._tables) return;
  font._tables.loca = readLoca(font.stream.buffer, at, font.head.indexToLocFormat);
}
