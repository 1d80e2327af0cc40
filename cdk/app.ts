/**
 * The CDK app (`npx cdk synth`, `npx cdk deploy` from the project root; see cdk.json).
 * Without credentials the stack is environment-agnostic; with a profile it targets that
 * profile's account and region. cdk-nag's AwsSolutions pack runs on every synthesis and stops
 * it on any unacknowledged error.
 */
import { fileURLToPath } from 'node:url';
import { App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { readSettings, SettingsError, type StackSettings } from './settings.ts';
import { NianbaoStack } from './stack.ts';

const app = new App();

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
  env: { account: process.env['CDK_DEFAULT_ACCOUNT'], region: process.env['CDK_DEFAULT_REGION'] },
  description: 'nianbao — government information-disclosure reports (政府信息公开) as PDF, Word and HTML',
});
Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
