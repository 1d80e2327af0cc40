/**
 * The font configuration (fonts/fonts.json): which TrueType file draws each role in the
 * PDF, and which installed face each role names in Word. A deployer remaps roles or drops
 * licensed .ttf files into fonts/ without touching code.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as z from 'zod';

export const fontRoles = ['title', 'body', 'heading1', 'heading2', 'heading3', 'table', 'pageNumber', 'latin'] as const;
export type FontRole = (typeof fontRoles)[number];

/** A bare file name: no folders, no way out of the fonts folder, TrueType only (plain, or as WOFF 1.0). */
const fontFileName = z.string().regex(/^[\w.-]+\.(ttf|woff)$/i, 'a .ttf or .woff file name inside fonts/');
const packageFile = z.object({
  package: z.string().regex(/^(@[\w.-]+\/)?[\w.-]+$/, 'an npm package name'),
  file: z.string().regex(/^([\w.-]+\/)*[\w.-]+\.(ttf|woff)$/i, 'a .ttf or .woff path inside the package').refine((p) => !p.split('/').includes('..')),
});
const faceSource = z.union([z.object({ file: fontFileName }).strict(), packageFile.strict()]);

const faceId = z.string().regex(/^[a-z][a-z0-9-]*$/);
const roleNames = z.object(Object.fromEntries(fontRoles.map((role) => [role, z.string().min(1)])) as Record<FontRole, z.ZodString>);

export const fontConfigSchema = z.object({
  pdf: z
    .object({
      faces: z.record(faceId, faceSource),
      roles: z.object({
        ...(Object.fromEntries(fontRoles.map((role) => [role, faceId])) as Record<FontRole, typeof faceId>),
        /** Draws characters the role's own face lacks; optional. */
        fallback: faceId.optional(),
      }),
    })
    .refine((pdf) => Object.values(pdf.roles).every((id) => id === undefined || id in pdf.faces), {
      message: 'every role must name a face listed under pdf.faces',
    }),
  docx: z.object({ default: roleNames, portable: roleNames }),
});
export type FontConfig = z.infer<typeof fontConfigSchema>;
export type FaceSource = z.infer<typeof faceSource>;

/**
 * The project's fonts/ folder, found from this module: it runs bundled into dist/ (one
 * folder below the project; see scripts/build-cli.ts) or from src/fonts/ (two below).
 * Only fixed names are joined; no input reaches the path.
 */
function projectFontsFolder(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  const fromBundle = join(here, '..', 'fonts');
  return existsSync(join(fromBundle, 'fonts.json')) ? fromBundle : join(here, '..', '..', 'fonts');
}

/** The folder holding fonts.json and any deployer-supplied .ttf files. */
export const fontsFolder = (): string => process.env.NIANBAO_FONTS_DIR ?? projectFontsFolder();

let cached: FontConfig | undefined;

/** Reads and validates fonts/fonts.json once per process. */
export function fontConfig(): FontConfig {
  if (!cached) {
    const raw: unknown = JSON.parse(readFileSync(join(fontsFolder(), 'fonts.json'), 'utf8'));
    const parsed = fontConfigSchema.safeParse(raw);
    if (!parsed.success) {
      throw new Error(`fonts/fonts.json is invalid: ${z.prettifyError(parsed.error)}`);
    }
    cached = parsed.data;
  }
  return cached;
}

/** Forgets the configuration read: the next call reads fonts.json again (see faces.ts `forgetFaceFiles`). */
export function forgetFontConfig(): void {
  cached = undefined;
}

const require = createRequire(import.meta.url);

/**
 * The absolute path of a face's file. A package file resolves through node_modules; where
 * the package is not installed (a bundled Lambda), the same file name is looked for in
 * fonts/, next to the deployer's own files.
 */
export function facePath(source: FaceSource): string {
  if ('package' in source) {
    try {
      return join(dirname(require.resolve(`${source.package}/package.json`)), source.file);
    } catch {
      return join(fontsFolder(), basename(source.file));
    }
  }
  return join(fontsFolder(), source.file);
}
