/**
 * `nianbao aggregate FILE... --name NAME [--name-en NAME] [--out DIR]
 *  [--format pdf,docx,html,json] [--lang zh|en|zh-en] [--layout official|screen]
 *  [--base-url URL] [--allow-check-failures]`
 *
 * Compiles member reports of one year and format version into an aggregate (汇总). Each
 * member is linked to the landing page `nianbao render` would give it (its default id);
 * `json` writes the aggregate's figures. Exit codes as `nianbao render`: 1 when refused
 * (members of different years or versions, a member that is not a report), findings on a
 * member named by its file.
 */
import { parseArgs } from 'node:util';
import { layouts } from '../model/page-setup.ts';
import { formats, type Format } from '../render/renderer.ts';
import { reportLinks } from '../service/links.ts';
import { RenderRejectedError, renderReport } from '../service/render-report.ts';
import { languages } from '../template.ts';
import { sha256 } from '../sha256.ts';
import { templateOf } from '../templates.ts';
import { findingText } from './finding-text.ts';
import { baseUrlOf, defaultBaseUrl, explain, oneOf, readInput, reportIdOf, UsageError, write } from './render.ts';
import { usageOf } from './usage.ts';

const usage = usageOf('aggregate');
const outputs = [...formats, 'json'] as const;

function optionsOf(args: readonly string[]) {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    strict: true,
    options: {
      name: { type: 'string' },
      'name-en': { type: 'string' },
      out: { type: 'string', default: 'out' },
      format: { type: 'string', default: 'pdf' },
      lang: { type: 'string', default: 'zh' },
      layout: { type: 'string', default: 'official' },
      'base-url': { type: 'string', default: defaultBaseUrl },
      'allow-check-failures': { type: 'boolean', default: false },
    },
  });
  if (positionals.length === 0) throw new UsageError('give at least one member report FILE / 请至少给出一份成员报告文件');
  if (values.name === undefined) throw new UsageError('--name is required: the body that compiles the summary / 须用 --name 给出汇总机关名称');
  const wanted = values.format.split(',').map((f) => oneOf('format', outputs, f.trim()));
  return {
    files: positionals,
    name: values.name,
    ...(values['name-en'] === undefined ? {} : { nameEn: values['name-en'] }),
    out: values.out,
    formats: wanted.filter((f): f is Format => f !== 'json'),
    json: wanted.includes('json'),
    lang: oneOf('lang', languages, values.lang),
    layout: oneOf('layout', layouts, values.layout),
    baseUrl: baseUrlOf(values['base-url']),
    allowCheckFailures: values['allow-check-failures'],
  };
}

type Options = ReturnType<typeof optionsOf>;

function parseOptions(args: readonly string[]): Options {
  try {
    return optionsOf(args);
  } catch (error) {
    if (error instanceof TypeError) throw new UsageError(error.message, { cause: error });
    throw error;
  }
}

/** The aggregate's input: the year is the first member's, so a member of another year is named. */
async function aggregateInput(options: Options): Promise<unknown> {
  const reports = [];
  for (const file of options.files) reports.push(await readInput(file));
  const first = reports[0] as { year?: unknown } | null;
  const members = reports.map((report) => {
    const id = reportIdOf(report);
    return { id, link: reportLinks(options.baseUrl, id).landingPage, report };
  });
  return {
    name: options.name,
    ...(options.nameEn === undefined ? {} : { nameEn: options.nameEn }),
    year: typeof first?.year === 'number' ? first.year : 0,
    allowCheckFailures: options.allowCheckFailures,
    members,
  };
}

/** `$.members[1].report.year` as `b.json: $.year`: the reader knows members by their files. */
function byFile(files: readonly string[]) {
  return (error: unknown): never => {
    if (!(error instanceof RenderRejectedError)) throw error;
    const findings = error.findings.map((f) => {
      const match = /^\$\.members\[(\d+)\](?:\.report)?/.exec(f.path);
      const file = match === null ? undefined : files[Number(match[1])];
      return file === undefined || match === null ? f : { ...f, path: `${file}: $${f.path.slice(match[0].length)}` };
    });
    throw new RenderRejectedError(error.reason, findings, error.report);
  };
}

export async function run(args: readonly string[]): Promise<number> {
  try {
    const options = parseOptions(args);
    const template = templateOf('aggregate');
    if (template === undefined) throw new Error('the aggregate template is not registered');
    const input = await aggregateInput(options);
    const id = reportIdOf(input);
    const rendered = await renderReport(input, {
      formats: options.formats,
      lang: options.lang,
      layout: options.layout,
      qrUrl: reportLinks(options.baseUrl, id).landingPage,
      allowCheckFailures: options.allowCheckFailures,
    }, { template }).catch(byFile(options.files));
    for (const finding of rendered.findings) process.stderr.write(findingText(finding));
    const files = rendered.files.map((f) => ({ extension: f.extension, bytes: f.bytes }));
    if (options.json && template.data) {
      files.push({ extension: 'json', bytes: new TextEncoder().encode(`${JSON.stringify(template.data(rendered.report), null, 2)}\n`) });
    }
    for (const file of files) {
      const path = await write(options.out, `${rendered.facts.fileName}.${file.extension}`, file.bytes);
      process.stdout.write(`${path}\t${sha256(file.bytes)}\n`);
    }
    return 0;
  } catch (error) {
    return explain(error, usage);
  }
}
