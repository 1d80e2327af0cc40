/**
 * Runs a function bundle the way Lambda does, for the artifact test: the folder that
 * `cdk synth` bundled, copied away from the project's node_modules, loaded by a fresh Node
 * process with the environment the stack gives the function, fed API Gateway proxy events.
 */
import { execFile } from 'node:child_process';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { readAssembly } from './cdk-cli.ts';
import { projectRoot } from './synth.ts';

const run = promisify(execFile);

export type BundledFunction = { readonly dir: string; readonly environment: Record<string, unknown> };
export type Invocation = { ms: number; statusCode: number; headers: Record<string, string>; body: string; isBase64Encoded: boolean };

/** Copies the bundle of the function whose logical id starts with `name` into `work`. */
export function copyBundle(outdir: string, name: string, work: string): BundledFunction {
  const fn = readAssembly(outdir).fn(name);
  const dir = join(work, `${name}-bundle`);
  cpSync(fn.assetDir, dir, { recursive: true });
  return { dir, environment: fn.properties['Environment'].Variables };
}

/** The function's environment from the template, with stand-ins for what CloudFormation fills in. */
export function lambdaEnvironment(fn: BundledFunction, standIns: Record<string, string>, extra: Record<string, string>): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [name, value] of Object.entries(fn.environment)) {
    const literal = typeof value === 'string' ? value : standIns[name];
    if (literal === undefined) throw new Error(`the stack sets ${name} to a value this test cannot stand in for`);
    env[name] = literal;
  }
  return { ...env, ...extra, PATH: process.env['PATH'] ?? '/usr/bin:/bin' };
}

export async function invokeBundle(fn: BundledFunction, env: Record<string, string>, events: unknown[], work: string) {
  const eventsFile = join(work, 'events.json');
  const resultFile = join(work, 'result.json');
  writeFileSync(eventsFile, JSON.stringify(events));
  const { stdout } = await run(process.execPath, [join(projectRoot, 'tests/cdk/fixtures/invoke-handler.mjs'), eventsFile, resultFile], {
    cwd: fn.dir,
    env,
    maxBuffer: 64 * 1024 * 1024,
  });
  const result = JSON.parse(readFileSync(resultFile, 'utf8')) as { initMs: number; invocations: Invocation[]; undiciLoaded: boolean };
  // The handler's own log lines, which say why an invocation failed.
  return { ...result, logs: stdout };
}

/** A REST API (v1) Lambda proxy event, as API Gateway sends it for a resource path. */
export function proxyEvent(method: 'GET' | 'POST', resource: string, path: string, options: { body?: string; headers?: Record<string, string> } = {}) {
  const headers = options.headers ?? {};
  const pathParameters = Object.fromEntries(
    resource.split('/').flatMap((part, i) => (part.startsWith('{') ? [[part.slice(1, -1), path.split('/')[i]!]] : [])),
  );
  return {
    resource,
    path,
    httpMethod: method,
    headers,
    multiValueHeaders: Object.fromEntries(Object.entries(headers).map(([name, value]) => [name, [value]])),
    queryStringParameters: null,
    multiValueQueryStringParameters: null,
    pathParameters: Object.keys(pathParameters).length > 0 ? pathParameters : null,
    stageVariables: null,
    requestContext: { requestId: `bundle-test-${method}-${path}`, stage: 'prod', httpMethod: method, path: `/prod${path}`, resourcePath: resource },
    body: options.body ?? null,
    isBase64Encoded: false,
  };
}

export const exampleReport = () => readFileSync(join(projectRoot, 'examples/huaian-2024.json'), 'utf8');
