/**
 * What `npm start` prints: how to reach the service and its API key (never the key from
 * NIANBAO_API_KEY), and, when it cannot start, one sentence in Chinese and English that says
 * what to do — for a port in use, how to choose another.
 */
import { ConfigError } from '../config.ts';
import type { LocalApiKey } from './local-api-key.ts';

/** The key's header as the curl command sends it: the variable itself when the key came from the environment. */
export const curlKeyHeader = (apiKey: LocalApiKey) =>
  (apiKey.source === 'environment' ? '-H "x-api-key: $NIANBAO_API_KEY"' : `-H 'x-api-key: ${apiKey.key}'`);

export function apiKeyLine(apiKey: LocalApiKey): string {
  switch (apiKey.source) {
    case 'environment':
      return 'API key (x-api-key): 取自 NIANBAO_API_KEY，不显示 / from NIANBAO_API_KEY, not shown';
    case 'kept':
      return `API key (x-api-key): ${apiKey.key} (沿用 / kept in ${apiKey.file})`;
    case 'new':
      return `API key (x-api-key): ${apiKey.key} (新建，保存在 / new, kept for the next start in ${apiKey.file})`;
  }
}

export function startupFailure(error: unknown): string {
  if (error instanceof ConfigError) return error.message;
  const failure = error as NodeJS.ErrnoException & { port?: number };
  if (failure.code === 'EADDRINUSE') {
    const port = failure.port ?? 3000;
    const next = port >= 65_535 ? 3000 : port + 1;
    return [
      `端口 ${port} 已被占用（也许另一个 nianbao 正在运行）。换一个端口：PORT=${next} npm start（PORT=0 自动选一个空闲端口）`,
      `Port ${port} is already in use (perhaps another nianbao is running). Choose another: PORT=${next} npm start (PORT=0 picks a free one)`,
    ].join('\n');
  }
  return `无法启动 / could not start: ${error instanceof Error ? error.message : String(error)}`;
}
