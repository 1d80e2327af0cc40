import { describe, expect, it } from 'vitest';
import { jsonPath } from '../src/json-path.ts';
import { parseJsonText } from '../src/json-text.ts';

describe('parseJsonText', () => {
  it('parses JSON, with or without a byte-order mark', () => {
    expect(parseJsonText('{"a":[1,null]}')).toEqual({ ok: true, value: { a: [1, null] } });
    expect(parseJsonText('\uFEFF{"a":1}')).toEqual({ ok: true, value: { a: 1 } });
  });

  it('says "not JSON" in one sentence per language, near which line and column', () => {
    expect(parseJsonText('{\n  "a": 1\n  "b": 2\n}')).toEqual({
      ok: false,
      message: {
        zh: '输入不是有效的 JSON（第 3 行第 3 列附近）。',
        en: 'The input is not valid JSON (near line 3, column 3).',
      },
      line: 3,
      column: 3,
    });
  });

  it('never echoes the input back', () => {
    const result = parseJsonText('<html>secret</html>');
    expect(result.ok).toBe(false);
    expect(JSON.stringify(result)).not.toContain('secret');
  });

  it('calls empty input empty', () => {
    expect(parseJsonText(' \n')).toEqual({ ok: false, message: { zh: '输入为空，不是 JSON。', en: 'The input is empty, not JSON.' } });
  });
});

describe('jsonPath', () => {
  it('writes keys with dots, indexes in brackets, and odd keys quoted', () => {
    expect(jsonPath([])).toBe('$');
    expect(jsonPath(['requests', 'outcomes', 'total', 'legalServices'])).toBe('$.requests.outcomes.total.legalServices');
    expect(jsonPath(['overview', 'proactive', 1, 'zh'])).toBe('$.overview.proactive[1].zh');
    expect(jsonPath(['a b', '0'])).toBe('$["a b"]["0"]');
  });
});
