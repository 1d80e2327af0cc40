/**
 * Report ids: 128 random bits, base64url (22 characters). Unguessable, so the public
 * landing page and downloads are reachable only by whoever was given the id.
 */
import { randomBytes } from 'node:crypto';

export const reportIdPattern = /^[A-Za-z0-9_-]{22}$/;

export const newReportId = (): string => randomBytes(16).toString('base64url');

/** Checked before any storage key is built from an id that came from a request. */
export const isReportId = (value: string): boolean => reportIdPattern.test(value);
