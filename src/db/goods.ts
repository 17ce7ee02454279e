import neo4j from 'neo4j-driver';
import { defineQuery } from './cypher.ts';
import type { Database } from './database.ts';
import type { GraphNode } from './graph-node.ts';

export interface CommodityFilter {
  /** Digits of an HS code prefix ("2805", "03"), dots removed; null for no filter. */
  hsCode: string | null;
}

type Page = { offset: unknown; limit: unknown };
const findCommodities = defineQuery<CommodityFilter & Page, GraphNode>('read/find-commodities', [
  'hsCode',
  'offset',
  'limit',
]);
const countCommodities = defineQuery<CommodityFilter, { total: number }>('read/count-commodities', [
  'hsCode',
]);
const findSectors = defineQuery<Page, GraphNode>('read/find-sectors', ['offset', 'limit']);
const countSectorsQuery = defineQuery<Record<string, never>, { total: number }>(
  'read/count-sectors',
  [],
);

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
  return db.run(findCommodities, { ...filter, ...page(offset, limit) });
}

export async function countCommodityPage(db: Database, filter: CommodityFilter): Promise<number> {
  const rows = await db.run(countCommodities, filter);
  return rows[0]?.total ?? 0;
}

/** One page of sectors, by name then id. */
export function findSectorPage(db: Database, offset: number, limit: number): Promise<GraphNode[]> {
  return db.run(findSectors, page(offset, limit));
}

export async function countSectors(db: Database): Promise<number> {
  const rows = await db.run(countSectorsQuery, {});
  return rows[0]?.total ?? 0;
}
