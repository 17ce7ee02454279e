import neo4j from 'neo4j-driver';
import { defineQuery } from './cypher.ts';
import type { Database } from './database.ts';

/** Which relationships a field follows: type, direction, and the label of the other end. */
export interface RelationSpec {
  type: string;
  direction: 'out' | 'in';
  /** Label of the node at the other end; `Entity` for any. */
  label: string;
}

/**
 * One relationship to read with each node of label `on` (its first page, `limit` items), named
 * `key` in the answer's `related` column (see src/schema/prefetch.ts).
 */
export interface RelatedPrefetch extends RelationSpec {
  key: string;
  on: string;
  /** False when the client reads only the nodes: the relationships then carry just their id. */
  edgeProps: boolean;
  /** False when the client reads no provenance field of the nodes: then it is not sent. */
  provenance: boolean;
}

/** What a root query reads ahead: these relationships, `limit` items each. */
export interface Prefetch {
  related: RelatedPrefetch[];
  limit: number;
  /** Whether the client reads the provenance of the root's own nodes (lists only). */
  provenance: boolean;
}

/** The parameters a root query takes for its `related` column: none asked, by default. */
export function prefetchParams(prefetch: Prefetch | undefined) {
  return {
    related: prefetch?.related ?? [],
    relatedLimit: neo4j.int(prefetch?.limit ?? 0),
    provenance: prefetch?.provenance ?? true,
  };
}

type CountParams = { ids: string[]; type: string; label: string; includeRetracted: boolean };
const countParams = ['ids', 'type', 'label', 'includeRetracted'] as const;

const countQueries = {
  out: defineQuery<CountParams, { id: string; total: number }>(
    'read/count-related-out',
    countParams,
  ),
  in: defineQuery<CountParams, { id: string; total: number }>('read/count-related-in', countParams),
};

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
