import { type CypherQuery, defineQuery } from './cypher.ts';
import type { Database } from './database.ts';
import type { GraphNode } from './graph-node.ts';

/** What a check needs of a node: that it exists, its labels, whether it is hypothetical. */
export interface NodeKind {
  id: string;
  labels: string[];
  /** A measure written by `simulate`'s caller as a what-if, never a real one. */
  hypothetical: boolean;
}

type ById<T> = { id: string; value: T };

const findNodesWhole = defineQuery<{ ids: string[] }, ById<GraphNode>>('read/find-nodes-whole', [
  'ids',
]);
const findNodeKinds = defineQuery<{ ids: string[] }, ById<NodeKind>>('read/find-node-kinds', [
  'ids',
]);

/**
 * One value per id in one round trip, in the order asked: null where no node has the id. The
 * loaders (src/schema/nodes/loaders.ts) ask each id once.
 */
async function readByIds<T>(
  db: Database,
  query: CypherQuery<{ ids: string[] }, ById<T>>,
  ids: readonly string[],
): Promise<(T | null)[]> {
  const rows = await db.run(query, { ids: [...ids] });
  const byId = new Map(rows.map((row) => [row.id, row.value]));
  return ids.map((id) => byId.get(id) ?? null);
}

/** Whole nodes by id (cypher/read/find-nodes-whole.cypher). */
export const readNodes = (db: Database, ids: readonly string[]) =>
  readByIds(db, findNodesWhole, ids);

/** What the argument checks need of nodes by id (cypher/read/find-node-kinds.cypher). */
export const readKinds = (db: Database, ids: readonly string[]) =>
  readByIds(db, findNodeKinds, ids);
