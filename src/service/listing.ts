/**
 * Staff listing by agency and year, newest first, without a database: one small index
 * object per report, under a key that sorts newest first
 * (`index/<agency hash>/<year>/<inverted time>-<id>.json`).
 */
import { sha256 } from '../sha256.ts';
import type { Storage } from '../storage/storage.ts';
import { keyFolders } from './key-folders.ts';
import { decodeJson, encodeJson, manifestSchema, type Manifest } from './manifest.ts';

export const listingEntrySchema = manifestSchema.pick({ id: true, title: true, agency: true, year: true, publishedOn: true, createdAt: true });
export type ListingEntry = Pick<Manifest, 'id' | 'title' | 'agency' | 'year' | 'publishedOn' | 'createdAt'>;

/** Larger than any millisecond timestamp until the year 2286, so 13 digits always suffice. */
const LATEST = 9_999_999_999_999;

/** The agency name never reaches a key: only its hash does. */
const agencyFolder = (prefix: string, agency: string) =>
  `${prefix}${keyFolders.index}${sha256(agency.normalize('NFC')).slice(0, 32)}/`;

function entryKey(prefix: string, manifest: Manifest): string {
  const inverted = String(LATEST - Date.parse(manifest.createdAt)).padStart(13, '0');
  return `${agencyFolder(prefix, manifest.agency)}${manifest.year}/${inverted}-${manifest.id}.json`;
}

export async function writeIndexEntry(storage: Storage, prefix: string, manifest: Manifest): Promise<void> {
  const entry: ListingEntry = {
    id: manifest.id, title: manifest.title, agency: manifest.agency,
    year: manifest.year, publishedOn: manifest.publishedOn, createdAt: manifest.createdAt,
  };
  await storage.put(entryKey(prefix, manifest), encodeJson(entry), { contentType: 'application/json' });
}

const READS_AT_ONCE = 10;

export type ListQuery = { readonly agency: string; readonly year?: number; readonly limit: number };

export async function listReports(storage: Storage, prefix: string, query: ListQuery): Promise<ListingEntry[]> {
  const folder = agencyFolder(prefix, query.agency);
  const keys = await storage.list(query.year === undefined ? folder : `${folder}${query.year}/`);
  const newestFirst = keys
    .map((key) => ({ key, inverted: key.slice(key.lastIndexOf('/') + 1) }))
    .sort((a, b) => (a.inverted < b.inverted ? -1 : a.inverted > b.inverted ? 1 : 0))
    .slice(0, query.limit);
  const entries: (ListingEntry | undefined)[] = [];
  // A few reads at a time: a page of 100 entries must not take every socket to the store.
  for (let at = 0; at < newestFirst.length; at += READS_AT_ONCE) {
    entries.push(...await Promise.all(newestFirst.slice(at, at + READS_AT_ONCE).map(async ({ key }) => {
      const bytes = await storage.get(key);
      return bytes ? listingEntrySchema.parse(decodeJson(bytes)) : undefined;
    })));
  }
  return entries.filter((entry): entry is ListingEntry => entry !== undefined);
}
