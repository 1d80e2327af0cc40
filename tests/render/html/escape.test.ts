import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { escapeHtml, safeHref } from '../../../src/render/html/escape.ts';

const hostile = `<script>alert("x")</script><img src=x onerror='alert(1)'> & &amp; </p>`;

describe('escapeHtml', () => {
  it('turns every markup character into an entity', () => {
    expect(escapeHtml(`<>&"'`)).toBe('&lt;&gt;&amp;&quot;&#39;');
  });

  it('keeps hostile text as text, in content and in attributes', () => {
    const root = parse(`<p title="${escapeHtml(hostile)}">${escapeHtml(hostile)}</p>`);
    expect(root.querySelectorAll('script, img')).toHaveLength(0);
    const p = root.querySelector('p');
    expect(p?.text).toBe(hostile);
    expect(p?.getAttribute('title')).toBe(hostile);
  });

  it('leaves Chinese text alone', () => {
    expect(escapeHtml('危及“三安全一稳定”')).toBe('危及“三安全一稳定”');
  });
});

describe('safeHref', () => {
  it.each(['https://example.org/r/abc?lang=en', 'http://127.0.0.1:3000/v1/reports/x/pdf', '/r/abc', '?lang=en'])(
    'allows %s',
    (href) => expect(safeHref(href)).toBe(escapeHtml(href)),
  );

  it('escapes what it allows', () => {
    expect(safeHref('/r/a?x=1&lang=en')).toBe('/r/a?x=1&amp;lang=en');
  });

  it.each(['javascript:alert(1)', 'JavaScript:alert(1)', 'data:text/html,x', '//evil.example', '/\\evil.example', 'https://a b', 'ftp://x', 'r/abc'])(
    'refuses %s',
    (href) => expect(() => safeHref(href)).toThrow(TypeError),
  );
});
