/** Synthesizes the nianbao stack for a test, with the context of cdk.json and without bundling. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { App } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { readSettings } from '../../cdk/settings.ts';
import { NianbaoStack } from '../../cdk/stack.ts';

export const projectRoot = fileURLToPath(new URL('../..', import.meta.url)).replace(/\/$/, '');
const cdkJson = JSON.parse(readFileSync(`${projectRoot}/cdk.json`, 'utf8')) as { context: Record<string, unknown> };

export type Synthesized = { app: App; stack: NianbaoStack; template: Template };

export function synthesize(options: { region?: string; context?: Record<string, unknown> } = {}): Synthesized {
  const app = new App({ context: { ...cdkJson.context, ...options.context, 'aws:cdk:bundling-stacks': [] } });
  const stack = new NianbaoStack(app, 'Nianbao', {
    settings: readSettings((key) => app.node.tryGetContext(key)),
    projectRoot,
    env: options.region ? { region: options.region } : undefined,
  });
  return { app, stack, template: Template.fromStack(stack) };
}
