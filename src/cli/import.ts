/**
 * `nianbao import FILE|- [--out FILE.json] [--findings FILE.json] [--format-version …]`: a
 * published report page (text or HTML) to report JSON. The report goes to stdout (or --out),
 * the findings to stderr in Chinese and English and, as JSON, to a sidecar file: --findings,
 * or beside --out as NAME.findings.json (the report schema has no place for them).
 * Exit 0 when every table was read (the published report's own arithmetic errors are worth
 * seeing, not a failure of the import); 1 when a report was produced but some table cell
 * could not be read; 2 when the command line is wrong or the page cannot be read as a report.
 */
import { writeFile } from 'node:fs/promises';
import { UnreadableInput } from '../import/unreadable.ts';
import type { ImportResult } from '../template.ts';
import { defaultTemplate } from '../templates.ts';
import { parseCommandLine } from './arguments.ts';
import { findingText } from './finding-text.ts';
import { readInputBytes } from './read-input.ts';
import { usageOf } from './usage.ts';

const usage = usageOf('import');
const importer = defaultTemplate.importer;
const versions = [...(importer?.versions ?? []), 'auto'];

/** 「2019、2021 或 auto」 / "2019, 2021 or auto". */
const choices = (separator: string, last: string) => `${versions.slice(0, -1).join(separator)}${last}${versions.at(-1)}`;

type Options = { readonly file: string; readonly out?: string; readonly findings?: string; readonly formatVersion: string };

function options(args: readonly string[]): Options | string {
  const parsed = parseCommandLine('import', args);
  if (!parsed.ok) return `${parsed.message.zh} / ${parsed.message.en}`;
  const { values, operands } = parsed.line;
  const [file, ...extra] = operands;
  if (file === undefined || extra.length > 0) return '请给出一个输入文件，或用 - 表示标准输入 / Give exactly one FILE, or - for standard input.';
  const version = versions.find((v) => v === values['format-version']);
  if (!version) return `--format-version 只能是 ${choices('、', ' 或 ')} / --format-version must be ${choices(', ', ' or ')}.`;
  const out = values['out'];
  const findings = values['findings'] ?? (out === undefined ? undefined : sidecarOf(out));
  return { file, formatVersion: version, ...(out === undefined ? {} : { out }), ...(findings === undefined ? {} : { findings }) };
}

function printSummary({ report, findings, detected }: ImportResult<unknown>): void {
  const basis = { tables: ['页面表格', 'the tables on the page'], year: ['报告年度', 'the report year'], option: ['命令行选项', 'the command-line option'] }[detected.basis];
  process.stderr.write(`格式版本 ${detected.formatVersion}（依据${basis[0]}）/ format version ${detected.formatVersion} (from ${basis[1]})${detected.evidence.length > 0 ? `: ${detected.evidence.join('、')}` : ''}\n`);
  for (const finding of findings) process.stderr.write(findingText(finding));
  const errors = findings.filter((f) => f.severity === 'error').length;
  const facts = defaultTemplate.facts(report, 'zh');
  process.stderr.write(`${facts.subject} ${facts.year}: 已导入 / imported — ${errors} error(s), ${findings.length - errors} warning(s)\n`);
  if (importer?.incomplete(findings)) process.stderr.write('部分表格单元格未能读取，已留空（见上）/ Some table cells could not be read and are left blank (see above)\n');
}

export async function run(args: readonly string[]): Promise<number> {
  const parsed = options(args);
  if (typeof parsed === 'string') {
    process.stderr.write(`${parsed}\n${usage}\n`);
    return 2;
  }
  const result = await importFile(parsed);
  if (result === undefined || !(await writeJson(parsed.out, `${JSON.stringify(result.report, null, 2)}\n`))) return 2;
  const sidecar = { findings: result.findings, detected: result.detected };
  if (parsed.findings !== undefined && !(await writeJson(parsed.findings, `${JSON.stringify(sidecar, null, 2)}\n`))) return 2;
  printSummary(result);
  return importer?.incomplete(result.findings) ? 1 : 0;
}

/** `report.json` → `report.findings.json`. */
const sidecarOf = (out: string): string => `${out.replace(/\.json$/i, '')}.findings.json`;

/** The import, or undefined after saying on stderr why the page could not be read. */
async function importFile({ file, formatVersion }: Options): Promise<ImportResult<unknown> | undefined> {
  // Bytes, not text: decoding (UTF-8 or GB18030) is the importer's business.
  const input = await readInputBytes(file);
  if (!input.ok) {
    process.stderr.write(`${input.message.zh} / ${input.message.en}\n`);
    return undefined;
  }
  try {
    if (!importer) throw new UnreadableInput('这类报告不能导入', 'This report kind has no importer');
    return await importer.read(input.bytes, { formatVersion });
  } catch (error) {
    if (!(error instanceof UnreadableInput)) throw error;
    process.stderr.write(`${error.zh} / ${error.en}\n`);
    return undefined;
  }
}

async function writeJson(out: string | undefined, json: string): Promise<boolean> {
  if (out === undefined) {
    process.stdout.write(json);
    return true;
  }
  try {
    await writeFile(out, json);
    return true;
  } catch (error) {
    process.stderr.write(`无法写入 ${out} / Cannot write ${out} (${(error as NodeJS.ErrnoException).code ?? 'error'})\n`);
    return false;
  }
}
