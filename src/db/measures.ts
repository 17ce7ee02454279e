import neo4j from 'neo4j-driver';
import { defineQuery } from './cypher.ts';
import type { Database } from './database.ts';
import type { GraphNode } from './graph-node.ts';

export interface MeasureFilter {
  kinds: string[] | null;
  statuses: string[] | null;
  imposedBy: string[] | null;
  targets: string[] | null;
  covers: string[] | null;
  /** YYYY-MM-DD: keep measures active that day, with their status that day. */
  asOf: string | null;
}

type Page = { offset: unknown; limit: unknown };
const filterParams = ['kinds', 'statuses', 'imposedBy', 'targets', 'covers', 'asOf'] as const;
const findMeasures = defineQuery<MeasureFilter & Page, GraphNode & { status: string | null }>(
  'read/find-measures',
  [...filterParams, 'offset', 'limit'],
);
const countMeasures = defineQuery<MeasureFilter, { total: number }>(
  'read/count-measures',
  filterParams,
);

export async function findMeasurePage(
  db: Database,
  filter: MeasureFilter,
  offset: number,
  limit: number,
) {
  const rows = await db.run(findMeasures, {
    ...filter,
    offset: neo4j.int(offset),
    limit: neo4j.int(limit),
  });
  // The status on the day asked replaces the latest one, so `status` answers "as of".
  return rows.map(({ status, ...node }) => ({ ...node, props: { ...node.props, status } }));
}

export async function countMeasurePage(db: Database, filter: MeasureFilter): Promise<number> {
  const rows = await db.run(countMeasures, filter);
  return rows[0]?.total ?? 0;
}
