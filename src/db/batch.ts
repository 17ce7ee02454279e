import { defineQuery } from './cypher.ts';
import type { Database } from './database.ts';
import type { GraphNode } from './graph-node.ts';

const findNodesWhole = defineQuery<{ ids: string[] }, { id: string; node: GraphNode }>(
  'read/find-nodes-whole',
  ['ids'],
);

/**
 * Whole nodes by id in one round trip (cypher/read/find-nodes-whole.cypher), in the order asked:
 * null where no node has the id.
 */
export async function readNodes(
  db: Database,
  ids: readonly string[],
): Promise<(GraphNode | null)[]> {
  // The loader (nodeLoader) asks each id once.
  const rows = await db.run(findNodesWhole, { ids: [...ids] });
  const byId = new Map(rows.map((row) => [row.id, row.node]));
  return ids.map((id) => byId.get(id) ?? null);
}
