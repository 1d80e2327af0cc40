/**
 * The `nianbao` command. Sub-commands are a plain table: name → usage line and a loader for
 * a module whose `run(args)` resolves to the exit code. Modules load on demand, so
 * `nianbao validate` never pays for the renderers.
 *
 * Exit codes shared by every command: 0 success, 1 the input has errors, 2 bad command
 * line or unreadable input, 70 an internal fault (one sentence, never a stack trace).
 */
import { usages } from './usage.ts';

export type CommandModule = { readonly run: (args: readonly string[]) => Promise<number> };
export type Command = { readonly usage: string; readonly load: () => Promise<CommandModule> };

export const commands: Record<string, Command> = {
  validate: { usage: usages.validate, load: () => import('./validate.ts') },
  schema: { usage: usages.schema, load: () => import('./schema.ts') },
  import: { usage: usages.import, load: () => import('./import.ts') },
  render: { usage: usages.render, load: () => import('./render.ts') },
  aggregate: { usage: usages.aggregate, load: () => import('./aggregate.ts') },
};

const usage = () =>
  ['usage: nianbao <command> [options]', ...Object.values(commands).map((c) => `  nianbao ${c.usage}`)].join('\n');

const isHelp = (arg: string) => arg === '--help' || arg === '-h';

/** `--help` or `-h` among the options; after `--` every word is a positional, even `-h`. */
const asksForHelp = (args: readonly string[]) => {
  const end = args.indexOf('--');
  return (end === -1 ? args : args.slice(0, end)).some(isHelp);
};

export async function main(argv: readonly string[]): Promise<number> {
  const [name, ...args] = argv;
  if (name !== undefined && (isHelp(name) || name === 'help')) {
    process.stdout.write(`${usage()}\n`);
    return 0;
  }
  const command = name === undefined ? undefined : commands[name];
  if (command === undefined) {
    const problem = name === undefined ? '缺少命令 / missing command' : `未知命令 / unknown command: ${name}`;
    process.stderr.write(`${problem}\n${usage()}\n`);
    return 2;
  }
  if (asksForHelp(args)) {
    process.stdout.write(`usage: nianbao ${command.usage}\n`);
    return 0;
  }
  try {
    return await (await command.load()).run(args);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    process.stderr.write(`nianbao ${name}: 内部错误 / internal error: ${reason}\n`);
    return 70;
  }
}

// A reader that stops early (`nianbao schema | head`) is not an error worth a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(process.exitCode ?? 0);
});

// exitCode rather than exit(): stdout is flushed before the process ends, even when piped.
process.exitCode = await main(process.argv.slice(2));
