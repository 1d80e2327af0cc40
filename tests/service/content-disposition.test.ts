import { describe, expect, it } from 'vitest';
import { attachment } from '../../src/service/content-disposition.ts';

describe('Content-Disposition for downloads (RFC 6266 / 5987)', () => {
  it('carries the Chinese name percent-encoded as UTF-8 and an ASCII fallback', () => {
    const header = attachment('淮安市人民政府2024年政府信息公开工作年度报告.pdf', 'annual-report-2024.pdf');
    expect(header).toBe(
      `attachment; filename="annual-report-2024.pdf"; filename*=UTF-8''${encodeURIComponent('淮安市人民政府2024年政府信息公开工作年度报告.pdf')}`,
    );
  });

  it('encodes the marks RFC 5987 does not allow unescaped', () => {
    expect(attachment("a'b (1)*.pdf", 'x.pdf')).toContain("filename*=UTF-8''a%27b%20%281%29%2A.pdf");
  });

  it('keeps quotes, backslashes and non-ASCII out of the quoted fallback', () => {
    expect(attachment('x', 'a"b\\c年.pdf')).toMatch(/^attachment; filename="a_b_c_\.pdf";/);
  });
});
