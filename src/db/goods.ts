import neo4j from 'neo4j-driver';
import { defineQuery } from './cypher.ts';
import type { Database } from './database.ts';
import { withRetracted } from './retracted.ts';

export interface CommodityFilter {
  /** Digits of an HS code prefix ("2805", "03"), dots removed; null for no filter. */
  hsCode: string | null;
  /** Also retracted facts (hidden by default). */
  includeRetracted?: boolean;
}

export const countCommodities = defineQuery<CommodityFilter, { total: number }>(
  'read/count-commodities',
  ['hsCode', 'includeRetracted'],
);
type Retracted = { includeRetracted: boolean };
export const countSectorsQuery = defineQuery<Retracted, { total: number }>('read/count-sectors', [
  'includeRetracted',
]);

// Integers, not JS numbers: SKIP and LIMIT refuse floats.
const _page = (offset: number, limit: number) => ({
  offset: neo4j.int(offset),
  limit: neo4j.int(limit),
});

export async function countCommodityPage(db: Database, filter: CommodityFilter): Promise<number> {
  const rows = await db.run(countCommodities, withRetracted(filter));
  return rows[0]?.total ?? 0;
}

export async function countSectors(db: Database, includeRetracted = false): Promise<number> {
  const rows = await db.run(countSectorsQuery, { includeRetracted });
  return rows[0]?.total ?? 0;
}
