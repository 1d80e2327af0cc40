/** The side-by-side picture: both pages whole, tops aligned, a rule in the gap, white elsewhere. */
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { GAP_PIXELS, sideBySide } from '../../scripts/side-by-side-image.ts';

function filled(width: number, height: number, rgb: readonly [number, number, number]): PNG {
  const png = new PNG({ width, height });
  for (let i = 0; i < width * height; i += 1) png.data.set([...rgb, 255], i * 4);
  return png;
}

const pixel = (png: PNG, x: number, y: number) => [...png.data.subarray((y * png.width + x) * 4, (y * png.width + x) * 4 + 3)];

describe('sideBySide', () => {
  it('puts the left page at the left, the right page after the gap, both from the top', () => {
    const out = sideBySide(filled(30, 50, [255, 0, 0]), filled(20, 40, [0, 0, 255]));
    expect([out.width, out.height]).toEqual([30 + GAP_PIXELS + 20, 50]);
    expect(pixel(out, 0, 0)).toEqual([255, 0, 0]);
    expect(pixel(out, 29, 49)).toEqual([255, 0, 0]);
    expect(pixel(out, 30 + GAP_PIXELS, 0)).toEqual([0, 0, 255]);
    expect(pixel(out, 30 + GAP_PIXELS + 19, 39)).toEqual([0, 0, 255]);
    expect(pixel(out, 30 + GAP_PIXELS, 45), 'below the shorter page').toEqual([255, 255, 255]);
    expect(pixel(out, 30 + GAP_PIXELS / 2, 10), 'the rule').toEqual([160, 160, 160]);
    expect(pixel(out, 31, 10), 'the gap').toEqual([255, 255, 255]);
  });
});
