/**
 * Every command's command line as data: what it does, its operands, each option with its
 * value, default and meaning, and its exit codes. `nianbao --help`, `nianbao X --help`, the
 * usage line a refusal prints and the option parser (arguments.ts) all read this one table,
 * so a command is added, or an option documented, in one place.
 */
export type Words = { readonly zh: string; readonly en: string };

export type OptionSpec = {
  readonly name: string;
  /** The value's placeholder (`DIR`); a flag without one takes no value. */
  readonly value?: string;
  /** The value used when the option is not given, as help shows it. */
  readonly default?: string;
  readonly help: Words;
};

export type CommandSpec = {
  readonly summary: Words;
  /** The positional part of the usage line, e.g. `FILE|-`; empty when there is none. */
  readonly operands: string;
  readonly options: readonly OptionSpec[];
  readonly exits: readonly (readonly [code: number, meaning: Words])[];
};

const w = (zh: string, en: string): Words => ({ zh, en });
const internal = [70, w('内部错误（一句话说明，不打印堆栈）', 'internal fault (one sentence, never a stack trace)')] as const;
const badCommandLine = w('命令行有误，或输入无法读取、不是 JSON', 'bad command line, or input unreadable or not JSON');

/** Options `render` and `aggregate` share. */
const outOption: OptionSpec = { name: 'out', value: 'DIR', default: 'out', help: w('输出目录', 'output folder') };
const langOption: OptionSpec = { name: 'lang', value: 'zh|en|zh-en', default: 'zh', help: w('文件语言', 'language of the files') };
const layoutOption: OptionSpec = { name: 'layout', value: 'official|screen', default: 'official', help: w('official 为 GB/T 9704 公文版式，screen 为屏幕阅读版式', 'official (GB/T 9704) or screen') };

export const commandSpecs = {
  validate: {
    summary: w('校验报告：格式、勾稽关系、字体能否显示每个字符', 'Checks a report: its schema, cross-checks, and that the fonts can draw every character'),
    operands: 'FILE|-',
    options: [{ name: 'json', help: w('只输出一个 JSON 文档', 'print exactly one JSON document') }],
    exits: [[0, w('通过（可有警告）', 'valid (warnings allowed)')], [1, w('有错误', 'the report has errors')], [2, badCommandLine], internal],
  },
  schema: {
    summary: w('输出输入格式的 JSON Schema', 'Prints the JSON Schema of the input'),
    operands: '',
    options: [],
    exits: [[0, w('已输出', 'printed')], [2, w('命令行有误', 'bad command line')]],
  },
  import: {
    summary: w('把已发布的报告网页（文本或 HTML）转成报告 JSON', 'Turns a published report page (text or HTML) into report JSON'),
    operands: 'FILE|-',
    options: [
      { name: 'out', value: 'FILE.json', help: w('写入文件（默认输出到标准输出）', 'write to this file (default: standard output)') },
      {
        name: 'findings',
        value: 'FILE.json',
        help: w('问题另存为 JSON（给出 --out 时默认为其旁的 NAME.findings.json）', 'also write the findings as JSON (with --out, by default NAME.findings.json beside it)'),
      },
      { name: 'format-version', value: '2019|2021|auto', default: 'auto', help: w('格式版本；auto 按页面表格判断', 'format version; auto reads it from the tables') },
    ],
    exits: [
      [0, w('已导入，每张表都已读出（问题列在标准错误）', 'imported, every table read (findings on stderr)')],
      [1, w('已导入，但有表格单元格未能读取（留空）', 'imported, but some table cells could not be read (left blank)')],
      [2, w('命令行有误，或页面无法读作报告', 'bad command line, or the page cannot be read as a report')],
      internal,
    ],
  },
  render: {
    summary: w('校验并生成 PDF、Word、网页文件', 'Validates a report and renders its PDF, Word and HTML files'),
    operands: 'FILE|-',
    options: [
      outOption,
      { name: 'format', value: 'pdf,docx,html', default: 'pdf', help: w('要生成的格式，逗号分隔', 'formats to render, comma-separated') },
      langOption,
      layoutOption,
      { name: 'fonts', value: 'official|portable', default: 'official', help: w('Word 文件所用字体名：official 为公文字体（方正小标宋简体、仿宋_GB2312 等），portable 为随附的开源字体', 'font names in the Word file: official (方正小标宋简体, 仿宋_GB2312, …) or portable (the open faces nianbao ships)') },
      {
        name: 'base-url',
        value: 'URL',
        help: w('发布地址；给出时文件带二维码，指向 URL/r/ID，不给则不带二维码', 'where the report is published; with it the files carry a QR code leading to URL/r/ID, without it none'),
      },
      { name: 'id', value: 'ID', help: w('二维码中的报告编号（默认由输入内容生成，同一输入同一编号）', 'report id in the QR code (default: derived from the input, the same for the same input)') },
      { name: 'allow-check-failures', help: w('勾稽校验未通过也生成', 'render even if the cross-checks fail') },
    ],
    exits: [
      [0, w('已生成', 'written')],
      [1, w('拒绝生成：格式、勾稽或字体问题（逐条列出）', 'refused: schema, cross-check or font findings (each printed)')],
      [2, badCommandLine],
      [70, w('渲染失败（一句话说明）', 'a renderer failed (one sentence)')],
    ],
  },
  aggregate: {
    summary: w('把同一年度、同一格式版本的多份报告汇总成一份汇总报告', 'Compiles member reports of one year and format version into an aggregate (汇总)'),
    operands: 'FILE...',
    options: [
      { name: 'name', value: 'NAME', help: w('汇总机关名称（必填）', 'the body that compiles the aggregate (required)') },
      { name: 'name-en', value: 'NAME', help: w('汇总机关英文名称', 'its English name') },
      outOption,
      { name: 'format', value: 'pdf,docx,html,json', default: 'pdf', help: w('要生成的格式，逗号分隔；json 为汇总数据', 'formats to write, comma-separated; json is the aggregate\'s figures') },
      langOption,
      layoutOption,
      {
        name: 'base-url',
        value: 'URL',
        help: w('发布地址；给出时文件带二维码，成员报告带链接，不给则都不带', 'where the reports are published; with it the files carry a QR code and link each member, without it neither'),
      },
      { name: 'allow-check-failures', help: w('成员或汇总的勾稽校验未通过也生成', 'compile and render even if members or the sums fail their checks') },
    ],
    exits: [
      [0, w('已生成', 'written')],
      [1, w('拒绝生成：成员年度或格式版本不同、格式或勾稽问题（逐条列出）', 'refused: members of different years or versions, schema or cross-check findings (each printed)')],
      [2, badCommandLine],
      [70, w('渲染失败（一句话说明）', 'a renderer failed (one sentence)')],
    ],
  },
} as const satisfies Record<string, CommandSpec>;

export type CommandName = keyof typeof commandSpecs;

const optionUsage = (option: OptionSpec) => `[--${option.name}${option.value === undefined ? '' : ` ${option.value}`}]`;

/** `render FILE|- [--out DIR] …`: one command's usage line, without the program name. */
export function usageLine(name: CommandName): string {
  const spec: CommandSpec = commandSpecs[name];
  return [name, spec.operands, ...spec.options.map(optionUsage)].filter((part) => part !== '').join(' ');
}

/** `usage: nianbao <line>` for one command: what a refusal of its command line prints. */
export const usageOf = (name: CommandName) => `usage: nianbao ${usageLine(name)}`;

const column = (left: string, width: number) => (left.length >= width ? `${left}  ` : left.padEnd(width + 2));

/** `nianbao X --help`: the usage line, what the command does, every option with its default, the exit codes. */
export function commandHelp(name: CommandName): string {
  const spec: CommandSpec = commandSpecs[name];
  const options = [...spec.options, { name: 'help', help: w('显示本帮助', 'show this help') } satisfies OptionSpec];
  const left = options.map((o) => `${o.name === 'help' ? '-h, ' : ''}--${o.name}${o.value === undefined ? '' : ` ${o.value}`}`);
  const width = Math.max(...left.map((l) => l.length));
  const optionLines = options.map((o, i) => {
    const fallback = o.default === undefined ? '' : ` (default: ${o.default} / 默认 ${o.default})`;
    return `  ${column(left[i] ?? '', width)}${o.help.zh} / ${o.help.en}${fallback}`;
  });
  const exitLines = spec.exits.map(([code, meaning]) => `  ${String(code).padEnd(4)}${meaning.zh} / ${meaning.en}`);
  return [
    usageOf(name),
    '',
    `${spec.summary.zh}`,
    `${spec.summary.en}`,
    '',
    '选项 / options:',
    ...optionLines,
    '',
    '退出码 / exit codes:',
    ...exitLines,
    '',
  ].join('\n');
}
