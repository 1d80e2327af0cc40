import { describe, expect, it } from 'vitest';
import { isReportId, newReportId } from '../../src/service/ids.ts';

describe('report ids', () => {
  it('are 128 random bits in base64url, different every time', () => {
    const ids = new Set(Array.from({ length: 1000 }, newReportId));
    expect(ids.size).toBe(1000);
    for (const id of ids) {
      expect(Buffer.from(id, 'base64url').byteLength).toBe(16);
      expect(isReportId(id)).toBe(true);
    }
  });

  it('refuse anything that could build a path', () => {
    for (const bad of ['', '../../../../etc/passwd', 'AAAAAAAAAAAAAAAAAAAAA/', 'AAAAAAAAAAAAAAAAAAAAA', 'AAAAAAAAAAAAAAAAAAAAA.']) {
      expect(isReportId(bad)).toBe(false);
    }
  });
});
