/**
 * The CDK app (`npx cdk synth`, `npx cdk deploy` from the project root; see cdk.json).
 * Without credentials the stack is environment-agnostic; with a profile it targets that
 * profile's account and region. cdk-nag's AwsSolutions pack runs on every synthesis and stops
 * it on any unacknowledged error.
 */
import { fileURLToPath } from 'node:url';
import { App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { readSettings } from './settings.ts';
import { NianbaoStack } from './stack.ts';

const app = new App();
const stackName = String(app.node.tryGetContext('nianbao:stackName') ?? 'Nianbao');
new NianbaoStack(app, stackName, {
  settings: readSettings((key) => app.node.tryGetContext(key)),
  projectRoot: fileURLToPath(new URL('..', import.meta.url)).replace(/\/$/, ''),
  env: { account: process.env.CDK_DEFAULT_ACCOUNT, region: process.env.CDK_DEFAULT_REGION },
  description: 'nianbao — government information-disclosure annual reports (政府信息公开工作年度报告)',
});
Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
