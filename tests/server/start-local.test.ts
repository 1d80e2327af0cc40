/**
 * `npm start`'s configuration is checked before the server binds a port: a malformed PORT
 * gets the same bilingual configuration message as every other variable.
 */
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/config.ts';
import { startLocalServer } from '../../src/server/start-local.ts';

describe('starting the local server', () => {
  it.each(['abc', '70000', '3.5'])('refuses PORT=%s with the bilingual configuration message', async (port) => {
    const started = startLocalServer({ PORT: port }, () => {});
    await expect(started).rejects.toThrow(ConfigError);
    await expect(started).rejects.toThrow(/invalid configuration \/ 配置有误 — PORT: /);
  });
});
