import { defineQuery } from './cypher.ts';
import type { Database } from './database.ts';
import type { GraphNode } from './graph-node.ts';

const findNodesByIds = defineQuery<{ ids: string[] }, GraphNode>('read/find-nodes-by-ids', ['ids']);

/** Nodes by id in one round trip, in the order asked; a missing id gives null. */
export async function findNodes(
  db: Database,
  ids: readonly string[],
): Promise<(GraphNode | null)[]> {
  const rows = await db.run(findNodesByIds, { ids: [...ids] });
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.map((id) => byId.get(id) ?? null);
}
