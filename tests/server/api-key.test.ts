/** The local API key survives a restart (kept in the data folder) unless NIANBAO_API_KEY is set. */
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startLocalServer } from '../../src/server/start-local.ts';

const folders: string[] = [];
afterAll(() => Promise.all(folders.map((f) => rm(f, { recursive: true, force: true }))));

const dataFolder = async () => {
  const folder = await mkdtemp(join(tmpdir(), 'nianbao-key-'));
  folders.push(folder);
  return folder;
};

const listing = (url: string, key: string) => fetch(`${url}/v1/reports?agency=x`, { headers: { 'x-api-key': key } });

describe('the local API key', () => {
  it('is made on the first start, kept in the data folder (owner only), and still valid after a restart', async () => {
    const dataDir = await dataFolder();
    const first = await startLocalServer({ PORT: '0', NIANBAO_DATA_DIR: dataDir }, () => {});
    expect(first.apiKeySource.source).toBe('new');
    await first.close();
    const file = join(dataDir, 'api-key');
    expect((await readFile(file, 'utf8')).trim()).toBe(first.apiKey);
    expect((await stat(file)).mode & 0o777).toBe(0o600);

    const second = await startLocalServer({ PORT: '0', NIANBAO_DATA_DIR: dataDir }, () => {});
    try {
      expect(second.apiKeySource.source).toBe('kept');
      expect(second.apiKey).toBe(first.apiKey);
      expect((await listing(second.url, first.apiKey)).status).toBe(200);
    } finally {
      await second.close();
    }
  });

  it('is NIANBAO_API_KEY when set, and then nothing is written', async () => {
    const dataDir = await dataFolder();
    const key = 'a-key-from-the-environment';
    const server = await startLocalServer({ PORT: '0', NIANBAO_DATA_DIR: dataDir, NIANBAO_API_KEY: key }, () => {});
    try {
      expect(server.apiKeySource).toEqual({ source: 'environment', key });
      expect((await listing(server.url, key)).status).toBe(200);
      await expect(stat(join(dataDir, 'api-key'))).rejects.toMatchObject({ code: 'ENOENT' });
    } finally {
      await server.close();
    }
  });
});
