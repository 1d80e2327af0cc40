/** Band cells in HTML: a shaded header cell over the rows it heads, spanning every column. */
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { bandShade } from '../../../src/model/page-setup.ts';
import { renderHtml } from '../../../src/render/html/renderer.ts';
import { bandLabels, bandModel } from '../docx/band-table.ts';

describe('band cells', () => {
  it('are row-group headers across all columns, classed and shaded by the stylesheet', async () => {
    const page = parse(await renderHtml(bandModel()));
    const bands = page.querySelectorAll('th.band');
    expect(bands.map((th) => th.text)).toEqual([...bandLabels]);
    for (const th of bands) {
      expect(th.getAttribute('scope')).toBe('rowgroup');
      expect(th.getAttribute('colspan')).toBe('4');
    }
    expect(page.querySelectorAll('td.band, th.band[scope="row"]')).toHaveLength(0);
    expect(page.querySelector('style')!.text).toContain(`.band{background:#${bandShade}`);
  });
});
