import neo4j from 'neo4j-driver';
import { defineQuery } from './cypher.ts';
import type { Database } from './database.ts';
import type { RelatedItem } from './graph-node.ts';

/** Which relationships a field follows: type, direction, and the label of the other end. */
export interface RelationSpec {
  type: string;
  direction: 'out' | 'in';
  /** Label of the node at the other end; `Entity` for any. */
  label: string;
}

type CountParams = { ids: string[]; type: string; label: string; includeRetracted: boolean };
type PageParams = CountParams & { offset: unknown; limit: unknown };
const countParams = ['ids', 'type', 'label', 'includeRetracted'] as const;
const params = [...countParams, 'offset', 'limit'] as const;

const pageQueries = {
  out: defineQuery<PageParams, { id: string; items: RelatedItem[] }>(
    'read/find-related-out',
    params,
  ),
  in: defineQuery<PageParams, { id: string; items: RelatedItem[] }>('read/find-related-in', params),
};
const countQueries = {
  out: defineQuery<CountParams, { id: string; total: number }>(
    'read/count-related-out',
    countParams,
  ),
  in: defineQuery<CountParams, { id: string; total: number }>('read/count-related-in', countParams),
};

/**
 * One page of related nodes for each parent, in one round trip, in the order of `ids`. Retracted
 * relationships, and relationships to retracted nodes, only with `includeRetracted`.
 */
export async function findRelated(
  db: Database,
  spec: RelationSpec,
  ids: readonly string[],
  offset: number,
  limit: number,
  includeRetracted = false,
): Promise<RelatedItem[][]> {
  const rows = await db.run(pageQueries[spec.direction], {
    ids: [...ids],
    type: spec.type,
    label: spec.label,
    includeRetracted,
    // Integers, not JS numbers: SKIP and LIMIT refuse floats.
    offset: neo4j.int(offset),
    limit: neo4j.int(limit),
  });
  const byId = new Map(rows.map((row) => [row.id, row.items]));
  return ids.map((id) => byId.get(id) ?? []);
}

/** How many related nodes each parent has, in one round trip. */
export async function countRelated(
  db: Database,
  spec: RelationSpec,
  ids: readonly string[],
  includeRetracted = false,
): Promise<number[]> {
  const rows = await db.run(countQueries[spec.direction], {
    ids: [...ids],
    type: spec.type,
    label: spec.label,
    includeRetracted,
  });
  const byId = new Map(rows.map((row) => [row.id, row.total]));
  return ids.map((id) => byId.get(id) ?? 0);
}
