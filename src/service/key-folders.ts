/**
 * The folders under the configured prefix where the service stores objects. One list, so
 * the deployment's expiry rules (cdk/report-bucket.ts) follow the keys the service writes.
 */
export const keyFolders = {
  /** `reports/<id>/`: the input, the rendered files and the manifest. */
  reports: 'reports/',
  /** `index/<agency hash>/…`: one listing entry per report. */
  index: 'index/',
  /** `idempotency/<key hash>.json`: the claim that fixes a retried request's report id. */
  idempotency: 'idempotency/',
} as const;
