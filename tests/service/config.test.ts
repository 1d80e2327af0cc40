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
  });

  it.each([
    [{}, 'NIANBAO_BASE_URL'],
    [{ ...minimal, NIANBAO_BUCKET: 'Bad_Bucket' }, 'NIANBAO_BUCKET'],
    [{ ...minimal, NIANBAO_PREFIX: '../x' }, 'NIANBAO_PREFIX'],
    [{ ...minimal, NIANBAO_MAX_BODY_BYTES: 'lots' }, 'NIANBAO_MAX_BODY_BYTES'],
    [{ ...minimal, NIANBAO_API_KEY: 'short' }, 'NIANBAO_API_KEY'],
  ])('fails at start-up naming the bad variable (%#)', (env, name) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(name);
  });
});
