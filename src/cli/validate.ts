/**
 * `nianbao validate FILE|- [--json]`: the schema, the cross-checks and the renderers'
 * preflight (characters no font can draw), nothing rendered.
 * Exit 0 valid (warnings allowed), 1 schema or check errors, 2 bad command line or input
 * that cannot be read or is not JSON. `--json` prints exactly one JSON document:
 * { valid, formatVersion, otherHandlingShape, findings }.
 */
import { parseArgs } from 'node:util';
import { type Finding, hasErrors } from '../findings.ts';
import { parseJsonText } from '../json-text.ts';
import { validateForRendering } from '../service/render-report.ts';
import { defaultTemplate } from '../templates.ts';
import { findingText } from './finding-text.ts';
import { readInputText } from './read-input.ts';
import { usageOf } from './usage.ts';

const usage = usageOf('validate');

type Outcome = { readonly report?: unknown; readonly findings: readonly Finding[] };

function options(args: readonly string[]): { file: string; json: boolean } | string {
  try {
    const { values, positionals } = parseArgs({ args: [...args], options: { json: { type: 'boolean', default: false } }, allowPositionals: true, strict: true });
    const [file, ...extra] = positionals;
    if (file === undefined || extra.length > 0) return '请给出一个输入文件，或用 - 表示标准输入 / Give exactly one FILE, or - for standard input.';
    return { file, json: values.json };
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

function printJson({ report, findings }: Outcome): void {
  const document = {
    valid: report !== undefined && !hasErrors(findings),
    ...defaultTemplate.describe(report).fields,
    findings,
  };
  process.stdout.write(`${JSON.stringify(document, null, 2)}\n`);
}

function printText(file: string, { report, findings }: Outcome): void {
  for (const finding of findings) process.stdout.write(findingText(finding));
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.length - errors;
  const verdict = report !== undefined && errors === 0 ? '通过 / valid' : '未通过 / not valid';
  const summary = report === undefined ? '' : defaultTemplate.describe(report).summary;
  const shape = summary === '' ? '' : ` (${summary})`;
  process.stdout.write(`${file}: ${verdict}${shape} — ${errors} error(s), ${warnings} warning(s)\n`);
}

/** Unreadable or not JSON: one sentence on stderr, and under --json still one document on stdout. */
function refuse(message: { zh: string; en: string }, json: boolean): number {
  process.stderr.write(`${message.zh} / ${message.en}\n`);
  if (json) printJson({ findings: [{ rule: 'input', severity: 'error', path: '$', message }] });
  return 2;
}

export async function run(args: readonly string[]): Promise<number> {
  const parsed = options(args);
  if (typeof parsed === 'string') {
    process.stderr.write(`${parsed}\n${usage}\n`);
    return 2;
  }
  const input = await readInputText(parsed.file);
  if (!input.ok) return refuse(input.message, parsed.json);
  const json = parseJsonText(input.text);
  if (!json.ok) return refuse(json.message, parsed.json);
  const outcome = validateForRendering(json.value);
  if (parsed.json) printJson(outcome);
  else printText(parsed.file, outcome);
  return outcome.report !== undefined && !hasErrors(outcome.findings) ? 0 : 1;
}
