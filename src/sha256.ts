/** SHA-256 as lower-case hex: file fingerprints, request fingerprints and keys that must not carry user text. */
import { createHash } from 'node:crypto';

export const sha256 = (data: string | Uint8Array): string => createHash('sha256').update(data).digest('hex');
