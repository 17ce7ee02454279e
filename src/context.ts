import type DataLoader from 'dataloader';
import { findByDigest } from './auth/compare.ts';
import { badCredentials } from './auth/errors.ts';
import { type ApiKey, hashKey } from './auth/keys.ts';
import { presentedKey } from './auth/request.ts';
import { type Role, rolesOf } from './auth/roles.ts';
import type { Database } from './db/database.ts';

export type { Role } from './auth/roles.ts';

/** What a resolver may use. A fresh object per request: nothing is shared between requests. */
export interface Context {
  db: Database;
  viewer: Viewer;
  /** Per-request DataLoaders by key (see schema/nodes/loaders.ts). */
  loaders: Map<string, DataLoader<never, unknown>>;
  /**
   * How root fields read: `planned` (one Cypher statement per root field, src/read/), or
   * `whole`, the planner reading every property instead of those the selection needs: the
   * oracle the equivalence tests compare projections with (test/read/equivalence.test.ts).
   * Only tests set it.
   */
  reads?: 'planned' | 'whole';
}

/** Who is asking: the roles the request holds and the key it sent (null when it sent none). */
export interface Viewer {
  roles: ReadonlySet<Role>;
  /** The `name` of the matching API_KEYS entry: who made a change, for provenance. */
  key: { name: string } | null;
}

/** How requests are authorised: the configured keys (hashes) and whether reads need one. */
export interface AuthSettings {
  keys: readonly ApiKey[];
  readAccess: 'open' | 'key';
}

/** The defaults of the configuration: no keys, reads open, so nobody may write. */
export const OPEN_READS: AuthSettings = { keys: [], readAccess: 'open' };

const anonymous = (auth: AuthSettings): Viewer => ({
  roles: new Set<Role>(auth.readAccess === 'open' ? ['reader'] : []),
  key: null,
});

/**
 * The viewer of a request. No key: anonymous, a reader when reads are open. A key: the roles of
 * the entry whose hash matches, compared in constant time. A key that matches nothing is refused
 * (UNAUTHENTICATED, HTTP 401) rather than read as anonymous, so a mistyped key never goes unnoticed.
 */
export function viewerFor(headers: Headers, auth: AuthSettings): Viewer {
  const key = presentedKey(headers);
  if (key === null) return anonymous(auth);
  const match = findByDigest(hashKey(key), auth.keys);
  if (match === undefined) throw badCredentials('The API key matches no configured key.');
  return { roles: rolesOf(match.role), key: { name: match.name } };
}

export function createContext(db: Database, viewer: Viewer = anonymous(OPEN_READS)): Context {
  return { db, viewer, loaders: new Map() };
}
