/**
 * The CDK app (`npx cdk synth`, `npx cdk deploy` from the project root; see cdk.json).
 * Without credentials the stack is environment-agnostic (the CLI then still sets
 * CDK_DEFAULT_REGION, to us-east-1, which must not pin the template to it); with a profile it
 * targets that profile's account and region. cdk-nag's AwsSolutions and Serverless packs run on
 * every synthesis and stop it on any unacknowledged error.
 */
import { fileURLToPath } from 'node:url';
import { App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks, ServerlessChecks } from 'cdk-nag';
import { readSettings, SettingsError, type StackSettings } from './settings.ts';
import { NianbaoStack } from './stack.ts';

// No CDK metadata resource: its condition names every region, us-east-1 included, in an otherwise region-free template.
const app = new App({ analyticsReporting: false });

/** An account (from credentials) and its region, or nothing: an environment-agnostic stack. */
function deploymentTarget(): { account: string; region: string | undefined } | undefined {
  const account = process.env['CDK_DEFAULT_ACCOUNT'];
  return account ? { account, region: process.env['CDK_DEFAULT_REGION'] } : undefined;
}

function settingsOrExit(): StackSettings {
  try {
    return readSettings((key) => app.node.tryGetContext(key));
  } catch (error) {
    if (!(error instanceof SettingsError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
}

new NianbaoStack(app, String(app.node.tryGetContext('nianbao:stackName') ?? 'Nianbao'), {
  settings: settingsOrExit(),
  projectRoot: fileURLToPath(new URL('..', import.meta.url)).replace(/\/$/, ''),
  env: deploymentTarget(),
  description: 'nianbao — government information-disclosure reports (政府信息公开) as PDF, Word and HTML',
});
Validations.of(app).addPlugins(new AwsSolutionsChecks(app), new ServerlessChecks(app));
