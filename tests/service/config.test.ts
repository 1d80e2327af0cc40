import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.ts';

const minimal = { NIANBAO_BASE_URL: 'https://nianbao.example.gov.cn/', NIANBAO_BUCKET: 'nianbao-reports' };

describe('configuration from the environment', () => {
  it('applies the defaults and trims the base URL', () => {
    const config = loadConfig(minimal);
    expect(config).toMatchObject({ baseUrl: 'https://nianbao.example.gov.cn', port: 3000, prefix: '', maxBodyBytes: 1024 * 1024 });
  });

  it('reads every variable', () => {
    const config = loadConfig({ ...minimal, PORT: '8080', NIANBAO_PREFIX: 'a/b/', NIANBAO_MAX_BODY_BYTES: '2048', NIANBAO_API_KEY: 'k'.repeat(20), NIANBAO_S3_ENDPOINT: 'http://127.0.0.1:4568' });
    expect(config).toMatchObject({ port: 8080, prefix: 'a/b/', maxBodyBytes: 2048, apiKey: 'k'.repeat(20), s3Endpoint: 'http://127.0.0.1:4568' });
    expect(config.wholeFaces.size).toBe(0);
  });

  it('reads where the whole faces lie', () => {
    const config = loadConfig({ ...minimal, NIANBAO_WHOLE_FACES: JSON.stringify({ serif: 's3://cdk-assets-1/abc.ttf', 'serif-bold': 's3://cdk-assets-1/d/e.ttf' }) });
    expect([...config.wholeFaces]).toEqual([['serif', { bucket: 'cdk-assets-1', key: 'abc.ttf' }], ['serif-bold', { bucket: 'cdk-assets-1', key: 'd/e.ttf' }]]);
  });

  it.each([
    [{}, 'NIANBAO_BASE_URL'],
    [{ ...minimal, NIANBAO_BUCKET: 'Bad_Bucket' }, 'NIANBAO_BUCKET'],
    [{ ...minimal, NIANBAO_PREFIX: '../x' }, 'NIANBAO_PREFIX'],
    [{ ...minimal, NIANBAO_MAX_BODY_BYTES: 'lots' }, 'NIANBAO_MAX_BODY_BYTES'],
    [{ ...minimal, NIANBAO_API_KEY: 'short' }, 'NIANBAO_API_KEY'],
    [{ ...minimal, NIANBAO_WHOLE_FACES: '{serif' }, 'NIANBAO_WHOLE_FACES'],
    [{ ...minimal, NIANBAO_WHOLE_FACES: '{"serif":"https://example.com/a.ttf"}' }, 'NIANBAO_WHOLE_FACES'],
    [{ ...minimal, NIANBAO_WHOLE_FACES: '{"serif":"s3://bucket/"}' }, 'NIANBAO_WHOLE_FACES'],
  ])('fails at start-up naming the bad variable (%#)', (env, name) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(name);
  });
});
