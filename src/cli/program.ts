/**
 * The `nianbao` command line (its process entries: main.ts, and snapshot.ts for the startup
 * snapshot). Sub-commands are a plain table: name → a loader for a module whose
 * `run(args)` resolves to the exit code; their usage, options and exit codes are in usage.ts.
 * Modules load on demand, so `nianbao validate` never pays for the renderers.
 *
 * Exit codes shared by every command: 0 success, 1 the input has errors, 2 bad command
 * line or unreadable input, 70 an internal fault (one sentence, never a stack trace).
 */
import packageJson from '../../package.json' with { type: 'json' };
import { closest } from '../closest.ts';
import { commandHelp, commandSpecs, usageLine, type CommandName } from './usage.ts';

export type CommandModule = { readonly run: (args: readonly string[]) => Promise<number> };

export const commands: Record<CommandName, () => Promise<CommandModule>> = {
  validate: () => import('./validate.ts'),
  schema: () => import('./schema.ts'),
  import: () => import('./import.ts'),
  render: () => import('./render.ts'),
  aggregate: () => import('./aggregate.ts'),
};

const names = Object.keys(commands) as CommandName[];
const isCommand = (name: string): name is CommandName => Object.hasOwn(commands, name);

const usage = () => [
  'usage: nianbao <command> [options]',
  ...names.map((name) => `  nianbao ${usageLine(name)}`),
  '',
  ...names.map((name) => `  ${name.padEnd(9)}${commandSpecs[name].summary.zh} / ${commandSpecs[name].summary.en}`),
  '',
  '`nianbao <command> --help`: 每个选项、默认值和退出码 / every option, its default and the exit codes',
  '`nianbao --version`: 版本 / the version',
].join('\n');

const isHelp = (arg: string) => arg === '--help' || arg === '-h';
const isVersion = (arg: string) => arg === '--version' || arg === '-V' || arg === 'version';

/** `--help` or `-h` among the options; after `--` every word is a positional, even `-h`. */
const asksForHelp = (args: readonly string[]) => {
  const end = args.indexOf('--');
  return (end === -1 ? args : args.slice(0, end)).some(isHelp);
};

function unknownCommand(name: string): string {
  const near = closest(name, names);
  const hint = near === undefined ? { zh: '', en: '' } : { zh: `（是否想用 ${near}？）`, en: ` (did you mean ${near}?)` };
  return `未知命令 ${JSON.stringify(name).slice(1, -1)}${hint.zh} / unknown command ${JSON.stringify(name).slice(1, -1)}${hint.en}`;
}

export async function main(argv: readonly string[]): Promise<number> {
  const [name, ...args] = argv;
  if (name !== undefined && (isHelp(name) || name === 'help')) {
    process.stdout.write(`${usage()}\n`);
    return 0;
  }
  if (name !== undefined && isVersion(name)) {
    process.stdout.write(`nianbao ${packageJson.version}\n`);
    return 0;
  }
  if (name === undefined || !isCommand(name)) {
    const problem = name === undefined ? '缺少命令 / missing command' : unknownCommand(name);
    process.stderr.write(`${problem}\n${usage()}\n`);
    return 2;
  }
  if (asksForHelp(args)) {
    process.stdout.write(commandHelp(name));
    return 0;
  }
  try {
    return await (await commands[name]()).run(args);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    process.stderr.write(`nianbao ${name}: 内部错误 / internal error: ${reason}\n`);
    return 70;
  }
}

/** Runs the command line as this process: its exit code, and a closed stdout taken calmly. */
export async function runAsProcess(argv: readonly string[]): Promise<void> {
  // A reader that stops early (`nianbao schema | head`) is not an error worth a stack trace.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(process.exitCode ?? 0);
  });
  // exitCode rather than exit(): stdout is flushed before the process ends, even when piped.
  process.exitCode = await main(argv);
}
