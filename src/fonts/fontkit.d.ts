/** The part of fontkit 2 (which ships no types) that nianbao uses. */
declare module 'fontkit' {
  export type Glyph = { readonly id: number; readonly advanceWidth: number };
  export type GlyphRun = { readonly advanceWidth: number; readonly glyphs: readonly Glyph[] };
  export type Font = {
    readonly postscriptName: string;
    readonly unitsPerEm: number;
    readonly ascent: number;
    readonly descent: number;
    /** OS/2 metrics; typoAscender is the top of the ideographic em box in CJK faces. */
    readonly "OS/2": { readonly typoAscender: number };
    hasGlyphForCodePoint(codePoint: number): boolean;
    glyphForCodePoint(codePoint: number): Glyph;
    layout(text: string): GlyphRun;
  };
  /** A font format: `create` takes the first whose probe accepts the bytes. */
  export type FontFormat = {
    probe(buffer: Uint8Array): boolean;
    new (stream: { readonly buffer: Uint8Array }): Font;
  };
  export function create(buffer: Uint8Array): Font;
  export function registerFormat(format: FontFormat): void;
}
