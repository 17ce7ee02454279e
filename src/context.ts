import type DataLoader from 'dataloader';
import type { Database } from './db/database.ts';

/** What a resolver may use. A fresh object per request: nothing is shared between requests. */
export interface Context {
  db: Database;
  viewer: Viewer;
  /** Per-request DataLoaders by key (see schema/loaders.ts). */
  loaders: Map<string, DataLoader<never, unknown>>;
}

export type Role = 'reader' | 'editor';

export interface Viewer {
  roles: ReadonlySet<Role>;
}

/** Until API keys arrive every caller may read and nobody may write. */
export function createContext(db: Database): Context {
  return { db, viewer: { roles: new Set<Role>(['reader']) }, loaders: new Map() };
}
