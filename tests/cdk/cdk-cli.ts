/**
 * `npx cdk synth` as a deployer runs it, with every AWS credential source removed from the
 * environment, so a passing run proves synthesis needs no account. Bundling runs as in
 * `cdk deploy` (local esbuild, no Docker).
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { projectRoot } from './synth.ts';

const run = promisify(execFile);

export function credentialFreeEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(process.env)) if (!name.startsWith('AWS_')) env[name] = value;
  return {
    ...env,
    AWS_CONFIG_FILE: '/dev/null',
    AWS_SHARED_CREDENTIALS_FILE: '/dev/null',
    // No instance-metadata credentials either, and no calls home from the CLI.
    AWS_EC2_METADATA_DISABLED: 'true',
    CDK_DISABLE_VERSION_CHECK: '1',
    CDK_DISABLE_CLI_TELEMETRY: 'true',
  };
}

export async function cdkSynth(outdir: string): Promise<void> {
  await run('npx', ['cdk', 'synth', '--no-notices', '--quiet', '--output', outdir], {
    cwd: projectRoot,
    env: credentialFreeEnv(),
    maxBuffer: 16 * 1024 * 1024,
  });
}

type TemplateResource = { Type: string; Properties: Record<string, any>; Metadata?: Record<string, string> };

/** The synthesized template of the stack and, for a function, the folder its code asset was bundled into. */
export function readAssembly(outdir: string) {
  const manifest = JSON.parse(readFileSync(join(outdir, 'manifest.json'), 'utf8'));
  const [stack] = Object.values<{ type: string; properties: { templateFile: string } }>(manifest.artifacts).filter(
    (a) => a.type === 'aws:cloudformation:stack',
  );
  if (!stack) throw new Error('no stack in the assembly');
  const templateText = readFileSync(join(outdir, stack.properties.templateFile), 'utf8');
  const template = JSON.parse(templateText);
  const resources = template.Resources as Record<string, TemplateResource>;
  const fn = (logicalIdPrefix: string) => {
    const found = Object.entries(resources).find(([id, r]) => r.Type === 'AWS::Lambda::Function' && id.startsWith(logicalIdPrefix));
    if (!found?.[1].Metadata?.['aws:asset:path']) throw new Error(`no bundled function ${logicalIdPrefix}`);
    return { properties: found[1].Properties, assetDir: join(outdir, found[1].Metadata['aws:asset:path']) };
  };
  return { fn, templateText, resources };
}
