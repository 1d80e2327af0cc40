/** The `nianbao` process, as bin/nianbao.js starts it (the bundle, or the sources through tsx). */
import '../zod-jitless.ts';
import { runAsProcess } from './program.ts';

await runAsProcess(process.argv.slice(2));
