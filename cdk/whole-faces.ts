/**
 * The whole PDF faces of the render functions, as S3 assets beside the stack. The bundle
 * carries only each face's core (cdk/bundled-files.ts, src/fonts/core-faces.ts) to stay under
 * 15 MB zipped; a render that needs a character outside the core fetches the whole face once
 * per process (src/fonts/faces.ts). Each asset is the face readied as the bundle's faces are
 * (TrueType, no layout tables), written by local bundling: no Docker. A Lambda layer would
 * not help: it is fetched at every cold start too.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { ArnFormat, AssetHashType, BundlingOutput, DockerImage, Stack } from 'aws-cdk-lib';
import { Effect, PolicyStatement, type IRole } from 'aws-cdk-lib/aws-iam';
import { Asset } from 'aws-cdk-lib/aws-s3-assets';
import { Construct } from 'constructs';
import { readyFace } from '../src/fonts/prepared-faces.ts';
import { configuredFaces } from './bundled-files.ts';

/** The render functions' variable naming each whole face's object: JSON `{ faceId: "s3://bucket/key" }`. */
export const WHOLE_FACES_VARIABLE = 'NIANBAO_WHOLE_FACES';

export class WholeFaces extends Construct {
  readonly assets: ReadonlyMap<string, Asset>;

  constructor(scope: Construct, id: string, props: { readonly projectRoot: string }) {
    super(scope, id);
    const assets = new Map<string, Asset>();
    for (const { id: faceId, from } of configuredFaces(props.projectRoot)) {
      const source = join(props.projectRoot, from);
      const file = basename(source).replace(/\.woff$/i, '.ttf');
      assets.set(faceId, new Asset(this, faceId, {
        // Bundling reads the one face file, not the folder; the asset is named by what it writes.
        path: dirname(source),
        assetHashType: AssetHashType.OUTPUT,
        bundling: {
          // Never pulled: local bundling always succeeds.
          image: DockerImage.fromRegistry('nianbao-local-bundling-only'),
          outputType: BundlingOutput.SINGLE_FILE,
          local: {
            tryBundle(outputDir) {
              writeFileSync(join(outputDir, file), readyFace(readFileSync(source)));
              return true;
            },
          },
        },
      }));
    }
    this.assets = assets;
  }

  /** The value of WHOLE_FACES_VARIABLE. */
  locations(): string {
    const locations = Object.fromEntries([...this.assets].map(([faceId, asset]) => [faceId, `s3://${asset.s3BucketName}/${asset.s3ObjectKey}`]));
    return Stack.of(this).toJsonString(locations);
  }

  /** s3:GetObject on exactly the assets' objects. */
  grantRead(role: IRole): void {
    const stack = Stack.of(this);
    const objects = [...this.assets.values()].map((asset) =>
      stack.formatArn({ service: 's3', region: '', account: '', resource: asset.s3BucketName, resourceName: asset.s3ObjectKey, arnFormat: ArnFormat.SLASH_RESOURCE_NAME }),
    );
    role.addToPrincipalPolicy(new PolicyStatement({ effect: Effect.ALLOW, actions: ['s3:GetObject'], resources: objects }));
  }
}
