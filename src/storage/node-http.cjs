// Stands in for node:http in nianbao's bundles (scripts/esm-banner.ts): the same module, required.
// An ESM import of node:http makes Node build the module's ESM facade, which reads every export,
// lazy ones included, and so loads undici for WebSocket, CloseEvent and MessageEvent (≈ 20 ms of
// a Lambda cold start); the AWS SDK, Powertools' tracer and src/storage/s3-timeouts.ts import it.
module.exports = require('node:module').createRequire(__filename)('node:http');
