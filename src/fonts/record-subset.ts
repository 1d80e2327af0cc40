/**
 * fontkit's TrueType subsetter (what pdfkit's `createSubset()` gets, the documented Subset:
 * `includeGlyph`, `encode`), taking each glyph's bytes, components and metrics from the face's
 * records (glyph-records.ts) instead of decoding its outline in every document. Only the step
 * that adds one glyph is replaced; the subsetter still writes the tables, so a subset's bytes
 * are the ones fontkit writes.
 */
import type { Font } from 'fontkit';
import { glyphRecord } from './glyph-records.ts';

/** The parts of fontkit's TTFSubset the replaced step uses (fontkit declares no types). */
type TrueTypeSubset = {
  glyf: Uint8Array[];
  offset: number;
  loca: { offsets: number[] };
  hmtx: { metrics: { advance: number; bearing: number }[] };
  includeGlyph(id: number): number;
  encode(): Uint8Array;
};
type SubsetClass = new (font: Font) => TrueTypeSubset;

let recordSubsetClass: SubsetClass | undefined;

/** A subclass of the class fontkit subsets TrueType faces with, which it does not export. */
function subsetClass(face: Font): SubsetClass {
  if (!recordSubsetClass) {
    const base = (Object.getPrototypeOf((face as unknown as { createSubset(): object }).createSubset()) as { constructor: SubsetClass }).constructor;
    recordSubsetClass = class extends base {
      /** fontkit's `_addGlyph`, reading the record; a composite's copy gets its components' subset ids. */
      _addGlyph(id: number): number {
        const record = glyphRecord(faceOf.get(this) as Font, id);
        let bytes = record.glyf;
        if (record.components) {
          bytes = new Uint8Array(bytes);
          const view = new DataView(bytes.buffer);
          for (const component of record.components) view.setUint16(component.pos, this.includeGlyph(component.glyphID));
        }
        this.glyf.push(bytes);
        this.loca.offsets.push(this.offset);
        this.hmtx.metrics.push({ advance: record.metrics.advanceWidth, bearing: record.metrics.leftBearing });
        this.offset += bytes.length;
        return this.glyf.length - 1;
      }
    };
  }
  return recordSubsetClass;
}

/** The face each subset reads records of (its `font` is a document's view of that face). */
const faceOf = new WeakMap<object, Font>();

/** A subsetter for a document's `view` of `face`. */
export function recordSubset(face: Font, view: Font): TrueTypeSubset {
  const Subset = subsetClass(face);
  const subset = new Subset(view);
  faceOf.set(subset, face);
  return subset;
}
