/**
 * The PDF writer reads no file and fetches nothing: it draws text in the configured faces
 * only, and a face it was not given (a path, a URL) is refused, never opened. Report text
 * that looks like a URL or a path is printed as text. (The renderer itself never puts user
 * text in such places.)
 */
import { describe, expect, it } from 'vitest';
import { pdfRenderer } from '../../../src/render/pdf/index.ts';
import type { DocumentPlan } from '../../../src/render/pdf/page-plan.ts';
import { pdfBytes } from '../../../src/render/pdf/pdf-writer.ts';
import { model } from './models.ts';

const planWithFace = (face: string): DocumentPlan => ({
  size: { width: 595.28, height: 841.89 },
  metadata: { title: 't', author: 'a', subject: 's', keywords: 'k', language: 'zh-CN', date: new Date('2025-01-01T00:00:00Z') },
  pages: [[{ kind: 'text', x: 72, baseline: 72, face, size: 12, text: 'x', characterSpacing: 0, width: 6 }]],
});

describe('resource access', () => {
  it('refuses to open a local file as a face', async () => {
    await expect(pdfBytes(planWithFace('/etc/hostname'))).rejects.toThrow(/not a configured PDF face/);
  });

  it('refuses a URL as a face', async () => {
    await expect(pdfBytes(planWithFace('https://example.com/font.ttf'))).rejects.toThrow(/not a configured PDF face/);
  });

  it('prints URLs and paths found in report text as text, nothing more', async () => {
    const bytes = await pdfRenderer.render(model([{ type: 'paragraph', text: '见 https://example.com/logo.png 与 /etc/passwd 及 data:image/png;base64,AAAA' }], { qr: false }));
    const source = Buffer.from(bytes).toString('latin1');
    expect(source).not.toMatch(/\/Subtype \/Image|\/URI|\/Launch/);
  });
});
