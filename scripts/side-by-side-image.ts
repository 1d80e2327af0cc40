/** Two page images set side by side on white, tops aligned, a gap and a thin rule between. */
import { PNG } from 'pngjs';

export const GAP_PIXELS = 24;
const RULE_GREY = 160;

export function sideBySide(left: PNG, right: PNG): PNG {
  const width = left.width + GAP_PIXELS + right.width;
  const height = Math.max(left.height, right.height);
  const out = new PNG({ width, height });
  out.data.fill(255);
  const rule = left.width + Math.floor(GAP_PIXELS / 2);
  for (let y = 0; y < height; y += 1) {
    const at = (y * width + rule) * 4;
    out.data[at] = out.data[at + 1] = out.data[at + 2] = RULE_GREY;
  }
  PNG.bitblt(left, out, 0, 0, left.width, left.height, 0, 0);
  PNG.bitblt(right, out, 0, 0, right.width, right.height, left.width + GAP_PIXELS, 0);
  return out;
}
