/**
 * The renders whose bytes must not change while the code under them gets faster: both
 * examples, PDF and Word, Chinese and bilingual, through the one render pipeline.
 */
import { readFileSync } from 'node:fs';
import { renderReport } from '../../src/service/render-report.ts';

const examples = ['huaian-2024', 'hailin-2020'] as const;
const languages = ['zh', 'zh-en'] as const;
const qrUrl = 'https://nianbao.example.gov.cn/r/hashes';

/** `example lang format` → lower-case hex SHA-256 of the file. */
export async function renderHashes(): Promise<Record<string, string>> {
  const hashes: Record<string, string> = {};
  for (const example of examples) {
    const input: unknown = JSON.parse(readFileSync(new URL(`../../examples/${example}.json`, import.meta.url), 'utf8'));
    for (const lang of languages) {
      const rendered = await renderReport(input, { formats: ['pdf', 'docx'], lang, layout: 'official', qrUrl, allowCheckFailures: true });
      for (const file of rendered.files) hashes[`${example} ${lang} ${file.format}`] = file.sha256;
    }
  }
  return hashes;
}
