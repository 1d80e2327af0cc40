/**
 * The entry of the CLI's V8 startup snapshot, dist/nianbao.blob (scripts/build-cli.ts builds it
 * with `node --build-snapshot` from a CommonJS bundle of this file; bin/nianbao starts it). A
 * process started from it begins with every module loaded and the render path already compiled
 * by one warm-up render, instead of loading ≈ 2 MB of JavaScript and compiling it as it goes.
 *
 * The snapshot holds code, not data that may change: the faces and fonts.json the warm-up read
 * are forgotten before it is taken, so each run reads them as they are then. It runs only as
 * the current build in the place it was built (bin/bundle-freshness.js); otherwise it hands the
 * command line to bin/nianbao.js there, which runs that bundle or the sources, so an edit is
 * never shadowed.
 */
import '../zod-jitless.ts';
import { readFileSync, realpathSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startupSnapshot } from 'node:v8';
import { isBundleFresh } from '../../bin/bundle-freshness.js';
import { forgetFaceFiles } from '../fonts/faces.ts';
import { renderReport } from '../service/render-report.ts';
import { runAsProcess } from './program.ts';

/** The project this build lies in (its bundle is `dist/`, one folder below), as found when the snapshot was built. */
const builtRoot = realpathSync(resolve(dirname(fileURLToPath(import.meta.url)), '..'));

/** The blob this process was started from (`--snapshot-blob FILE` or `--snapshot-blob=FILE`). */
function blobFile(): string | undefined {
  const args = process.execArgv;
  const at = args.indexOf('--snapshot-blob');
  if (at !== -1) return args[at + 1];
  return args.find((arg) => arg.startsWith('--snapshot-blob='))?.slice('--snapshot-blob='.length);
}

/**
 * Runs the command line in a new process through bin/nianbao.js, as this process. child_process
 * is loaded here, after the snapshot is restored: Node does not vouch for it in a snapshot.
 */
function handOver(root: string, argv: readonly string[]): void {
  const { spawnSync } = process.getBuiltinModule('node:child_process');
  const child = spawnSync(process.execPath, [join(root, 'bin/nianbao.js'), ...argv], { stdio: 'inherit' });
  if (child.signal) process.kill(process.pid, child.signal);
  process.exitCode = child.status ?? 70;
}

/** Every code path a render takes, run once: the report's PDF and Word file, with a QR code. */
async function warmUp(reportFile: string): Promise<void> {
  const report: unknown = JSON.parse(readFileSync(reportFile, 'utf8'));
  await renderReport(report, {
    formats: ['pdf', 'docx'],
    lang: 'zh',
    layout: 'official',
    fonts: 'official',
    qrUrl: 'https://nianbao.invalid/r/warm-up',
    allowCheckFailures: true,
  });
  forgetFaceFiles();
}

async function startFromSnapshot(): Promise<void> {
  const argv = process.argv.slice(1);
  const blob = blobFile();
  const root = blob === undefined ? builtRoot : realpathSync(resolve(dirname(blob), '..'));
  if (root === builtRoot && isBundleFresh(root)) await runAsProcess(argv);
  else handOver(root, argv);
}

const reportFile = process.argv[2];
if (!startupSnapshot.isBuildingSnapshot() || reportFile === undefined) {
  throw new Error('snapshot.ts only builds the snapshot: node --snapshot-blob FILE --build-snapshot BUNDLE REPORT');
}
startupSnapshot.setDeserializeMainFunction(() => void startFromSnapshot());
// The snapshot is taken once the warm-up is done; its failure ends the build without a blob.
void warmUp(reportFile);
