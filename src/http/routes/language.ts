/** The landing page's language: `?lang=` when given, else the reader's Accept-Language. */
import { languages, type Language } from '../../template.ts';
import type { HttpRequest } from '../types.ts';

export function preferredLanguage(request: HttpRequest): Language {
  const asked = languages.find((language) => language === request.query.get('lang'));
  if (asked !== undefined) return asked;
  return prefersEnglish(request.headers['accept-language'] ?? '') ? 'en' : 'zh';
}

/** English only when the reader ranks some English above every Chinese (RFC 9110 q-values). */
function prefersEnglish(header: string): boolean {
  let english = -1;
  let chinese = -1;
  for (const part of header.split(',')) {
    const [tag = '', ...parameters] = part.trim().toLowerCase().split(';');
    const q = Number(parameters.map((p) => p.trim()).find((p) => p.startsWith('q='))?.slice(2) ?? '1');
    const weight = Number.isFinite(q) ? q : 0;
    if (tag === 'en' || tag.startsWith('en-')) english = Math.max(english, weight);
    if (tag === 'zh' || tag.startsWith('zh-')) chinese = Math.max(chinese, weight);
  }
  return english > 0 && english > chinese;
}
