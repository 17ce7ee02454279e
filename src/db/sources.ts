import { defineQuery } from './cypher.ts';
import type { Database } from './database.ts';
import type { GraphNode } from './graph-node.ts';
import { type PageParams, pageParams } from './page.ts';
import { withRetracted } from './retracted.ts';

export interface SourceFilter {
  /** ARTICLE, STANDARD …; null for every kind. */
  kinds: string[] | null;
  /** Also retracted facts (hidden by default). */
  includeRetracted?: boolean;
}

const findSources = defineQuery<SourceFilter & PageParams, GraphNode>('read/find-sources', [
  'kinds',
  'includeRetracted',
  'offset',
  'limit',
]);
export const countSources = defineQuery<SourceFilter, { total: number }>('read/count-sources', [
  'kinds',
  'includeRetracted',
]);

export function findSourcePage(db: Database, filter: SourceFilter, offset: number, limit: number) {
  return db.run(findSources, { ...withRetracted(filter), ...pageParams(offset, limit) });
}

export async function countSourcePage(db: Database, filter: SourceFilter): Promise<number> {
  const rows = await db.run(countSources, withRetracted(filter));
  return rows[0]?.total ?? 0;
}
