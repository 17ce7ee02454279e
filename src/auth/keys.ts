import { createHash, randomBytes } from 'node:crypto';
import { isRole, type Role } from './roles.ts';

/**
 * API keys as configured: `API_KEYS` holds entries `sha256:<64 hex digits>:<role>[:<name>]`
 * separated by commas (or whitespace). Only the SHA-256 of a key is ever stored; the key itself is
 * printed once by `npm run api-key -- new` and then lives only with its holder.
 */
export interface ApiKey {
  /** SHA-256 of the key's UTF-8 bytes. */
  digest: Buffer;
  role: Role;
  /** Who holds the key, for logs and provenance; defaults to `key-` and the digest's first 8 hex digits. */
  name: string;
}

export const ENTRY_FORMAT = 'sha256:<64 hex digits>:<reader|editor>[:<name>]';
const NAME = /^[A-Za-z0-9._@-]{1,64}$/;
export const NAME_RULE = 'the name may have only letters, digits and . _ @ - (at most 64)';
export const isKeyName = (name: string): boolean => NAME.test(name);
const HEX_DIGEST = /^[0-9a-fA-F]{64}$/;

export const hashKey = (key: string): Buffer => createHash('sha256').update(key, 'utf8').digest();

/** A fresh key: 32 random bytes, base64url (43 characters). */
export const newKey = (): string => randomBytes(32).toString('base64url');

export const formatEntry = (key: Pick<ApiKey, 'digest' | 'role'> & { name?: string }): string =>
  [`sha256:${key.digest.toString('hex')}`, key.role, ...(key.name ? [key.name] : [])].join(':');

/**
 * Parses `API_KEYS`. Problems name the entry by position and never quote it: a mistake such as a
 * plaintext key pasted where its hash belongs must not end up in a log.
 */
export function parseApiKeys(text: string): { keys: ApiKey[]; problems: string[] } {
  const entries = text.split(/[\s,]+/).filter((entry) => entry !== '');
  const keys: ApiKey[] = [];
  const problems: string[] = [];
  for (const [index, entry] of entries.entries()) {
    const problem = (text: string) =>
      problems.push(`entry ${index + 1} of ${entries.length}: ${text}`);
    const parsed = parseEntry(entry);
    if (typeof parsed === 'string') {
      problem(parsed);
      continue;
    }
    const sameDigest = keys.findIndex((key) => key.digest.equals(parsed.digest));
    const sameName = keys.findIndex((key) => key.name === parsed.name);
    if (sameDigest >= 0) problem('the same hash as an earlier entry');
    else if (sameName >= 0) problem('the same name as an earlier entry');
    else keys.push(parsed);
  }
  return { keys, problems };
}

function parseEntry(entry: string): ApiKey | string {
  const [scheme, hex, role, name, ...rest] = entry.split(':');
  if (scheme !== 'sha256' || hex === undefined) {
    return `must be ${ENTRY_FORMAT}: give the hash that \`npm run api-key -- new\` prints, never the key`;
  }
  if (!HEX_DIGEST.test(hex)) return 'the hash must be 64 hex digits (a SHA-256)';
  if (role === undefined || !isRole(role)) return 'the role must be reader or editor';
  if (rest.length > 0 || (name !== undefined && !isKeyName(name))) return NAME_RULE;
  const digest = Buffer.from(hex, 'hex');
  return { digest, role, name: name ?? `key-${hex.slice(0, 8).toLowerCase()}` };
}
