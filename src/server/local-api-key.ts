/**
 * The local server's API key: NIANBAO_API_KEY when set; otherwise the key kept in the data
 * folder, made once on the first start, so that a restart does not turn every client's key
 * into a 403. The file is readable by its owner only.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export type LocalApiKey =
  | { readonly source: 'environment'; readonly key: string }
  | { readonly source: 'kept' | 'new'; readonly key: string; readonly file: string };

const keyFileName = 'api-key';
/** What this module writes (24 random bytes, base64url); anything else in the file is replaced. */
const keyPattern = /^[A-Za-z0-9_-]{32}$/;

async function readKept(file: string): Promise<string | undefined> {
  try {
    const kept = (await readFile(file, 'utf8')).trim();
    return keyPattern.test(kept) ? kept : undefined;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

export async function localApiKey(fromEnvironment: string | undefined, dataDir: string): Promise<LocalApiKey> {
  if (fromEnvironment !== undefined) return { source: 'environment', key: fromEnvironment };
  const file = join(dataDir, keyFileName);
  const kept = await readKept(file);
  if (kept !== undefined) return { source: 'kept', key: kept, file };
  const key = randomBytes(24).toString('base64url');
  await mkdir(dataDir, { recursive: true });
  await writeFile(file, `${key}\n`, { mode: 0o600 });
  return { source: 'new', key, file };
}
