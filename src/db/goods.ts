import neo4j from 'neo4j-driver';
import { defineQuery } from './cypher.ts';
import type { Database } from './database.ts';
import type { GraphNode } from './graph-node.ts';
import { withRetracted } from './retracted.ts';

export interface CommodityFilter {
  /** Digits of an HS code prefix ("2805", "03"), dots removed; null for no filter. */
  hsCode: string | null;
  /** Also retracted facts (hidden by default). */
  includeRetracted?: boolean;
}

type Page = { offset: unknown; limit: unknown };
const findCommodities = defineQuery<CommodityFilter & Page, GraphNode>('read/find-commodities', [
  'hsCode',
  'includeRetracted',
  'offset',
  'limit',
]);
export const countCommodities = defineQuery<CommodityFilter, { total: number }>(
  'read/count-commodities',
  ['hsCode', 'includeRetracted'],
);
type Retracted = { includeRetracted: boolean };
const findSectors = defineQuery<Page & Retracted, GraphNode>('read/find-sectors', [
  'includeRetracted',
  'offset',
  'limit',
]);
export const countSectorsQuery = defineQuery<Retracted, { total: number }>('read/count-sectors', [
  'includeRetracted',
]);

// Integers, not JS numbers: SKIP and LIMIT refuse floats.
const page = (offset: number, limit: number) => ({
  offset: neo4j.int(offset),
  limit: neo4j.int(limit),
});

/** One page of commodities, by name then id, cut in the database. */
export function findCommodityPage(
  db: Database,
  filter: CommodityFilter,
  offset: number,
  limit: number,
): Promise<GraphNode[]> {
  return db.run(findCommodities, { ...withRetracted(filter), ...page(offset, limit) });
}

export async function countCommodityPage(db: Database, filter: CommodityFilter): Promise<number> {
  const rows = await db.run(countCommodities, withRetracted(filter));
  return rows[0]?.total ?? 0;
}

/** One page of sectors, by name then id. */
export function findSectorPage(
  db: Database,
  offset: number,
  limit: number,
  includeRetracted = false,
): Promise<GraphNode[]> {
  return db.run(findSectors, { includeRetracted, ...page(offset, limit) });
}

export async function countSectors(db: Database, includeRetracted = false): Promise<number> {
  const rows = await db.run(countSectorsQuery, { includeRetracted });
  return rows[0]?.total ?? 0;
}
