/**
 * The command line of one command, read against its options in usage.ts: `--name value`,
 * `--name=value`, flags, `--` before operands that begin with a dash, `-` for standard
 * input. A refusal is one sentence in Chinese and English that names the word at fault and,
 * for a mistyped option, the closest one there is (「未知选项 --formt（是否想用 --format？）」).
 */
import { closest } from '../closest.ts';
import { commandSpecs, type CommandName, type CommandSpec, type OptionSpec, type Words } from './usage.ts';

export type CommandLine = {
  /** Every option that takes a value, given or defaulted; absent when neither. */
  readonly values: Readonly<Record<string, string | undefined>>;
  readonly flags: ReadonlySet<string>;
  readonly operands: readonly string[];
};
export type Parsed = { readonly ok: true; readonly line: CommandLine } | { readonly ok: false; readonly message: Words };

/** Sender's text on a terminal: a short prefix, control characters shown as escapes. */
const shown = (word: string) => JSON.stringify(word.length > 40 ? `${word.slice(0, 40)}…` : word).slice(1, -1);

function unknownOption(word: string, spec: CommandSpec): Words {
  const name = word.replace(/^-+/, '').split('=')[0] ?? '';
  const near = closest(name, spec.options.map((o) => o.name));
  return near === undefined
    ? { zh: `未知选项 ${shown(word)}`, en: `unknown option ${shown(word)}` }
    : { zh: `未知选项 ${shown(word)}（是否想用 --${near}？）`, en: `unknown option ${shown(word)} (did you mean --${near}?)` };
}

export function parseCommandLine(command: CommandName, args: readonly string[]): Parsed {
  const spec: CommandSpec = commandSpecs[command];
  const values: Record<string, string | undefined> = Object.fromEntries(
    spec.options.filter((o) => o.value !== undefined).map((o) => [o.name, o.default]));
  const flags = new Set<string>();
  const operands: string[] = [];
  for (let i = 0; i < args.length; i += 1) {
    const word = args[i] ?? '';
    if (word === '--') {
      operands.push(...args.slice(i + 1));
      break;
    }
    if (!word.startsWith('-') || word === '-') {
      operands.push(word);
      continue;
    }
    const [name = '', inline] = word.startsWith('--') ? splitOnce(word.slice(2)) : [''];
    const option: OptionSpec | undefined = spec.options.find((o) => o.name === name);
    if (option === undefined) return { ok: false, message: unknownOption(word, spec) };
    if (option.value === undefined) {
      if (inline !== undefined) return { ok: false, message: { zh: `选项 --${name} 不带取值`, en: `option --${name} takes no value` } };
      flags.add(name);
      continue;
    }
    const value = inline ?? args[i + 1];
    if (value === undefined || (inline === undefined && value.startsWith('--'))) {
      return { ok: false, message: { zh: `选项 --${name} 缺少取值（${option.value}）`, en: `option --${name} needs a value (${option.value})` } };
    }
    if (inline === undefined) i += 1;
    values[name] = value;
  }
  return { ok: true, line: { values, flags, operands } };
}

function splitOnce(text: string): [string, string | undefined] {
  const at = text.indexOf('=');
  return at === -1 ? [text, undefined] : [text.slice(0, at), text.slice(at + 1)];
}
