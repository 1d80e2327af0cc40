/** The two examples as fresh, mutable copies, and a walk over their number cells. */
import { type AnnualReport, annualReport } from '../../../templates/annual-report/schema.ts';
import { exampleInput, type ExampleName } from '../../examples/example.ts';

export { exampleInput, type ExampleName };

/** An example as the schema parses it. */
export const example = (name: ExampleName): AnnualReport => annualReport.parse(exampleInput(name));

/** Paths of every number under `root`, e.g. ['requests', 'outcomes', 'total', 'other']. */
export function numberPaths(value: unknown, prefix: string[] = []): string[][] {
  if (typeof value === 'number') return [prefix];
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, child]) => numberPaths(child, [...prefix, key]));
  }
  return [];
}

/** Sets the value at `path` in a plain JSON object. */
export function setAt(target: Record<string, any>, path: readonly string[], value: unknown): void {
  const parent = path.slice(0, -1).reduce((node, key) => node[key], target);
  parent[path[path.length - 1] as string] = value;
}

export function getAt(target: Record<string, any>, path: readonly string[]): unknown {
  return path.reduce((node, key) => node[key], target);
}

/** The path as findings print it: `$.problems[0].zh`. */
export const jsonPathOf = (path: readonly string[]) =>
  `$${path.map((key) => (/^\d+$/.test(key) ? `[${key}]` : `.${key}`)).join('')}`;
