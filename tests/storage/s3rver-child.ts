/**
 * s3rver in a process of its own, so a test can freeze it (SIGSTOP) as a stalled store
 * would be: connections are accepted by the kernel, and nothing ever answers.
 * Prints its endpoint as one JSON line, then serves until killed.
 */
import { startLocalS3 } from '../../src/storage/local-s3.ts';

const [directory, bucket] = process.argv.slice(2);
if (!directory || !bucket) throw new Error('usage: s3rver-child <directory> <bucket>');
const s3 = await startLocalS3({ directory, bucket });
process.stdout.write(`${JSON.stringify({ endpoint: s3.endpoint })}\n`);
process.once('SIGTERM', () => { s3.close().then(() => process.exit(0), () => process.exit(1)); });
