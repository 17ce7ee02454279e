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

/** What a check needs of a node: that it exists, its labels, whether it is hypothetical. */
export interface NodeKind {
  id: string;
  labels: string[];
  /** A measure written by `simulate`'s caller as a what-if, never a real one. */
  hypothetical: boolean;
}

const findNodeKinds = defineQuery<{ ids: string[] }, { id: string; kind: NodeKind }>(
  'read/find-node-kinds',
  ['ids'],
);

/** The kinds of nodes by id in one round trip, in the order asked: null where none has the id. */
export async function readKinds(
  db: Database,
  ids: readonly string[],
): Promise<(NodeKind | null)[]> {
  const rows = await db.run(findNodeKinds, { ids: [...ids] });
  const byId = new Map(rows.map((row) => [row.id, row.kind]));
  return ids.map((id) => byId.get(id) ?? null);
}
