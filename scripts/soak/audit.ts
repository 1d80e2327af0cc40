/** The manifest audit: every stored manifest's files exist, with the size and SHA-256 it states. */
import { manifestSchema } from '../../src/service/manifest.ts';
import { sha256 } from '../../src/sha256.ts';
import { s3Storage } from '../../src/storage/s3-storage.ts';

export type Audit = { readonly manifests: number; readonly files: number; readonly problems: readonly string[] };

export async function auditManifests(bucket: string, endpoint: string): Promise<Audit> {
  const storage = s3Storage({ bucket, endpoint });
  const keys = (await storage.list('reports/')).filter((k) => k.endsWith('/manifest.json'));
  const problems: string[] = [];
  let files = 0;
  for (const key of keys) {
    const manifest = manifestSchema.parse(JSON.parse(new TextDecoder().decode(await storage.get(key))));
    for (const file of manifest.files) {
      files += 1;
      const bytes = await storage.get(file.key);
      if (!bytes) problems.push(`${file.key}: missing`);
      else if (bytes.byteLength !== file.bytes || sha256(bytes) !== file.sha256) problems.push(`${file.key}: differs from its manifest`);
    }
  }
  return { manifests: keys.length, files, problems };
}
