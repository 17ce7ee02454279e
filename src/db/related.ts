import { defineQuery } from './cypher.ts';
import type { Database } from './database.ts';

/** Which relationships a field follows: type, direction, and the label of the other end. */
export interface RelationSpec {
  type: string;
  direction: 'out' | 'in';
  /** Label of the node at the other end; `Entity` for any. */
  label: string;
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
