/** The shipped example reports (examples/*.json), read fresh for each caller, for any test. */
import { readFileSync } from 'node:fs';

export type ExampleName = 'hailin-2020' | 'huaian-2024' | 'ceshi-county-2024';

/** The file's text, exactly as a client would send it. */
export const exampleText = (name: ExampleName): string =>
  readFileSync(new URL(`../../examples/${name}.json`, import.meta.url), 'utf8');

/** The parsed JSON, a new mutable copy on every call (for edits the schema must refuse). */
export const exampleInput = (name: ExampleName): Record<string, any> => JSON.parse(exampleText(name));
