/** fonts/fonts.json: validated, every role mapped, files loaded once per process. */
import { describe, expect, it } from 'vitest';
import { fontConfig, fontConfigSchema, fontRoles } from '../../src/fonts/config.ts';
import { loadedFaces, roleFace } from '../../src/fonts/faces.ts';

const valid = () => structuredClone(fontConfig());

describe('font configuration', () => {
  it('maps every role to a TrueType face for the PDF and to face names for Word', () => {
    const config = fontConfig();
    for (const role of fontRoles) {
      expect(roleFace(role).font.unitsPerEm).toBeGreaterThan(0);
      expect(config.docx.default[role]).toBeTruthy();
      expect(config.docx.portable[role]).toBeTruthy();
    }
    expect(config.docx.default.body).toBe('仿宋_GB2312');
    expect(config.docx.portable.heading1).toBe('Noto Sans SC');
  });

  it('loads each font file once per process', () => {
    expect(loadedFaces()).toBe(loadedFaces());
    expect(roleFace('body').font).toBe(roleFace('table').font);
  });

  it('refuses paths out of the fonts folder, other formats, and roles naming missing faces', () => {
    const outside = valid();
    outside.pdf.faces.serif = { file: '../secret.ttf' };
    expect(fontConfigSchema.safeParse(outside).success).toBe(false);
    const otf = valid();
    otf.pdf.faces.serif = { file: 'SourceHanSerif.otf' };
    expect(fontConfigSchema.safeParse(otf).success).toBe(false);
    const packaged = valid();
    packaged.pdf.faces.serif = { package: '@expo-google-fonts/noto-serif-sc', file: '../../etc/x.ttf' };
    expect(fontConfigSchema.safeParse(packaged).success).toBe(false);
    const missing = valid();
    missing.pdf.roles.heading1 = 'fangzheng-heiti';
    expect(fontConfigSchema.safeParse(missing).success).toBe(false);
    expect(fontConfigSchema.safeParse(valid()).success).toBe(true);
  });
});
