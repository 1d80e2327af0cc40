/**
 * Where in the input a character no font can draw was written. The coverage preflight sees
 * the document model (`blocks[1].text`), which the sender never wrote; the first string of
 * the validated report that contains the character is where they can fix it.
 */
import type { Finding } from '../findings.ts';
import { jsonPath } from '../json-path.ts';

/** The character a `font.coverage` finding names in `found` (`U+1F600`), if it names one. */
function characterOf(finding: Finding): string | undefined {
  if (finding.rule !== 'font.coverage' || typeof finding.found !== 'string') return undefined;
  const hex = /^U\+([0-9A-F]{4,6})$/.exec(finding.found)?.[1];
  return hex === undefined ? undefined : String.fromCodePoint(Number.parseInt(hex, 16));
}

/** The JSON path of the first string (depth first, in key order) that contains `char`. */
export function firstPathContaining(value: unknown, char: string, at: readonly (string | number)[] = []): string | undefined {
  if (typeof value === 'string') return value.includes(char) ? jsonPath(at) : undefined;
  if (typeof value !== 'object' || value === null) return undefined;
  const entries: [string | number, unknown][] = Array.isArray(value) ? value.map((item, index) => [index, item]) : Object.entries(value);
  for (const [key, item] of entries) {
    const found = firstPathContaining(item, char, [...at, key]);
    if (found !== undefined) return found;
  }
  return undefined;
}

/**
 * A coverage finding pointed at the input where the character occurs there; its message
 * keeps naming the place in the document. A character the input does not contain (it came
 * from a label) keeps the document path.
 */
export function locateInInput(findings: readonly Finding[], input: unknown): Finding[] {
  return findings.map((finding) => {
    const char = characterOf(finding);
    const path = char === undefined ? undefined : firstPathContaining(input, char);
    return path === undefined ? finding : { ...finding, path };
  });
}
