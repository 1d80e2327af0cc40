/** `nianbao schema`: prints the JSON Schema of the input (generated from the zod schema). */
import { defaultTemplate } from '../templates.ts';
import { parseCommandLine } from './arguments.ts';
import { usageOf } from './usage.ts';

const usage = usageOf('schema');

export async function run(args: readonly string[]): Promise<number> {
  const parsed = parseCommandLine('schema', args);
  const extra = parsed.ok ? parsed.line.operands[0] : undefined;
  const problem = !parsed.ok ? parsed.message
    : extra === undefined ? undefined : { zh: `多余的参数 ${JSON.stringify(extra)}`, en: `unexpected argument ${JSON.stringify(extra)}` };
  if (problem !== undefined) {
    process.stderr.write(`${problem.zh} / ${problem.en}\n${usage}\n`);
    return 2;
  }
  process.stdout.write(`${JSON.stringify(defaultTemplate.jsonSchema(), null, 2)}\n`);
  return 0;
}
