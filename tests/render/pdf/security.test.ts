/**
 * pdfmake may fetch no URL and read no local file but the configured fonts, whatever a
 * document definition asks for. (The renderer itself never puts user text in such places.)
 */
import { describe, expect, it } from 'vitest';
import { pdfBytes } from '../../../src/render/pdf/pdfmake-engine.ts';
import { pdfRenderer } from '../../../src/render/pdf/index.ts';
import { model } from './models.ts';

describe('resource access', () => {
  it('refuses to fetch an image from a URL', async () => {
    await expect(pdfBytes({ content: [{ image: 'remote' }], images: { remote: 'https://example.com/logo.png' } })).rejects.toThrow(/denied/);
  });

  it('refuses to read a local file that is not a configured font', async () => {
    await expect(pdfBytes({ content: [{ image: '/etc/hostname' }] })).rejects.toThrow(/denied/);
  });

  it('prints URLs and paths found in report text as text, nothing more', async () => {
    const bytes = await pdfRenderer.render(model([{ type: 'paragraph', text: '见 https://example.com/logo.png 与 /etc/passwd 及 data:image/png;base64,AAAA' }], { qr: false }));
    const source = Buffer.from(bytes).toString('latin1');
    expect(source).not.toMatch(/\/Subtype \/Image|\/URI|\/Launch/);
  });
});
