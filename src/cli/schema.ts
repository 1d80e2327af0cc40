/** `nianbao schema`: prints the JSON Schema of the input (generated from the zod schema). */
import { parseArgs } from 'node:util';
import { defaultTemplate } from '../templates.ts';
import { usageOf } from './usage.ts';

const usage = usageOf('schema');

export async function run(args: readonly string[]): Promise<number> {
  try {
    parseArgs({ args: [...args], options: {}, strict: true, allowPositionals: false });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    process.stderr.write(`${reason}\n${usage}\n`);
    return 2;
  }
  process.stdout.write(`${JSON.stringify(defaultTemplate.jsonSchema(), null, 2)}\n`);
  return 0;
}
