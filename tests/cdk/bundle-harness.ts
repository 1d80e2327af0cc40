/**
 * Runs a function bundle the way Lambda does, for the artifact test: the folder that
 * `cdk synth` bundled, copied away from the project's node_modules, loaded by a fresh Node
 * process with the environment the stack gives the function, fed API Gateway proxy events.
 */
import { execFile } from 'node:child_process';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { reportOutsideCore } from '../fixtures/outside-core.ts';
import { readAssembly } from './cdk-cli.ts';
import { projectRoot } from './synth.ts';

const run = promisify(execFile);

export type BundledFunction = { readonly dir: string; readonly environment: Record<string, unknown>; readonly memoryMb: number };
export type Invocation = { ms: number; statusCode: number; headers: Record<string, string>; body: string; isBase64Encoded: boolean };

/** Copies the bundle of the function whose logical id starts with `name` into `work`. */
export function copyBundle(outdir: string, name: string, work: string): BundledFunction {
  const fn = readAssembly(outdir).fn(name);
  const dir = join(work, `${name}-bundle`);
  cpSync(fn.assetDir, dir, { recursive: true });
  return { dir, environment: fn.properties['Environment'].Variables, memoryMb: fn.properties['MemorySize'] };
}

/** The function's environment from the template, with stand-ins for what CloudFormation fills in. */
export function lambdaEnvironment(fn: BundledFunction, standIns: Record<string, string>, extra: Record<string, string>): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [name, value] of Object.entries(fn.environment)) {
    const literal = typeof value === 'string' ? value : standIns[name];
    if (literal === undefined) throw new Error(`the stack sets ${name} to a value this test cannot stand in for`);
    env[name] = literal;
  }
  // Lambda's runtime names the memory size in the environment; the invoking fixture gives it to the context.
  return { ...env, AWS_LAMBDA_FUNCTION_MEMORY_SIZE: String(fn.memoryMb), ...extra, PATH: process.env['PATH'] ?? '/usr/bin:/bin' };
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

/** The example with a character outside the core faces (tests/fixtures/outside-core.ts), as a request body. */
export const exampleOutsideCore = (): string => JSON.stringify(reportOutsideCore());

/**
 * The value of a variable the stack builds with Fn::Join (cdk/whole-faces.ts's JSON of asset
 * locations), with every part CloudFormation would fill in (the assets bucket's name) given as `bucket`.
 */
export function joinedWithBucket(value: unknown, bucket: string): string {
  const join = (value as { 'Fn::Join'?: [string, unknown[]] })['Fn::Join'];
  if (!join) throw new Error(`not an Fn::Join: ${JSON.stringify(value)}`);
  return join[1].map((part) => (typeof part === 'string' ? part : bucket)).join(join[0]);
}

/** The file assets `cdk synth` staged, as the stack names them: the object key each is uploaded under, and its path. */
export function fileAssets(outdir: string): { key: string; path: string }[] {
  const manifest = JSON.parse(readFileSync(join(outdir, 'Nianbao.assets.json'), 'utf8')) as {
    files: Record<string, { source: { path: string; packaging: string }; destinations: Record<string, { objectKey: string }> }>;
  };
  return Object.values(manifest.files)
    .filter((file) => file.source.packaging === 'file')
    .flatMap((file) => Object.values(file.destinations).map((destination) => ({ key: destination.objectKey, path: join(outdir, file.source.path) })));
}
