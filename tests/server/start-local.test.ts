/**
 * `npm start`'s configuration is checked before the server binds a port: a malformed PORT
 * gets the same bilingual configuration message as every other variable.
 */
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/config.ts';
import { startLocalServer } from '../../src/server/start-local.ts';

describe('starting the local server', () => {
  it.each([
    ['abc', 'PORT 应为 0 至 65535 的整数，实为文本 "abc" / PORT must be a whole number from 0 to 65535; found the text "abc"'],
    ['3.5', 'PORT 应为 0 至 65535 的整数，实为文本 "3.5" / PORT must be a whole number from 0 to 65535; found the text "3.5"'],
    ['70000', 'PORT 应不大于 65535，实为数字 70000 / PORT must be at most 65535; found the number 70000'],
  ])('refuses PORT=%s, saying what was expected and found in both languages', async (port, words) => {
    const started = startLocalServer({ PORT: port }, () => {});
    await expect(started).rejects.toThrow(ConfigError);
    await expect(started).rejects.toThrow(`配置有误 / invalid configuration — ${words}`);
    await expect(started).rejects.not.toThrow(/expected number|received|NaN/);
  });

  it('never echoes the API key, only its length', async () => {
    const started = startLocalServer({ PORT: '0', NIANBAO_API_KEY: 'sekrit-key' }, () => {});
    await expect(started).rejects.toThrow('NIANBAO_API_KEY must have at least 16 characters; found 10');
    await expect(started).rejects.not.toThrow(/sekrit/);
  });
});
