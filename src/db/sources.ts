import { defineQuery } from './cypher.ts';
import type { Database } from './database.ts';
import { withRetracted } from './retracted.ts';

export interface SourceFilter {
  /** ARTICLE, STANDARD …; null for every kind. */
  kinds: string[] | null;
  /** Also retracted facts (hidden by default). */
  includeRetracted?: boolean;
}

export const countSources = defineQuery<SourceFilter, { total: number }>('read/count-sources', [
  'kinds',
  'includeRetracted',
]);

export async function countSourcePage(db: Database, filter: SourceFilter): Promise<number> {
  const rows = await db.run(countSources, withRetracted(filter));
  return rows[0]?.total ?? 0;
}
