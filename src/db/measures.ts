import neo4j from 'neo4j-driver';
import { defineQuery } from './cypher.ts';
import type { Database } from './database.ts';
import type { GraphNode } from './graph-node.ts';
import { type Prefetch, prefetchParams } from './related.ts';

export interface MeasureFilter {
  kinds: string[] | null;
  statuses: string[] | null;
  imposedBy: string[] | null;
  targets: string[] | null;
  covers: string[] | null;
  /** YYYY-MM-DD: keep measures active that day, with their status that day. */
  asOf: string | null;
  /** An instant (ISO, UTC): the graph as it was known then (docs/history.md). */
  knownAt?: string | null;
  /** Also retracted measures (hidden by default). */
  includeRetracted?: boolean;
}

type Page = { offset: unknown; limit: unknown };
const filterParams = [
  'kinds',
  'statuses',
  'imposedBy',
  'targets',
  'covers',
  'asOf',
  'knownAt',
  'includeRetracted',
] as const;
const findMeasures = defineQuery<
  MeasureFilter & Page & ReturnType<typeof prefetchParams>,
  GraphNode & { status: string | null }
>('read/find-measures', [
  ...filterParams,
  'offset',
  'limit',
  'related',
  'relatedLimit',
  'provenance',
]);
export const countMeasures = defineQuery<MeasureFilter, { total: number }>(
  'read/count-measures',
  filterParams,
);

export async function findMeasurePage(
  db: Database,
  filter: MeasureFilter,
  offset: number,
  limit: number,
  prefetch?: Prefetch,
) {
  const rows = await db.run(findMeasures, {
    ...params(filter),
    offset: neo4j.int(offset),
    limit: neo4j.int(limit),
    ...prefetchParams(prefetch),
  });
  // The status on the day asked (as known then) replaces the stored latest one, so `status`
  // answers "as of"; a version's props carry the version's id, so the node's id is put back.
  return rows.map(({ status, ...node }) => ({
    ...node,
    props: { ...node.props, id: node.id, status },
  }));
}

export async function countMeasurePage(db: Database, filter: MeasureFilter): Promise<number> {
  const rows = await db.run(countMeasures, params(filter));
  return rows[0]?.total ?? 0;
}

/** Every parameter set: absent knowledge-time options mean "now", retracted hidden. */
function params(filter: MeasureFilter) {
  return {
    ...filter,
    knownAt: filter.knownAt ?? null,
    includeRetracted: filter.includeRetracted ?? false,
  };
}
