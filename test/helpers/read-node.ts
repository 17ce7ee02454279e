import { expect } from 'vitest';
import type { Database } from '../../src/db/database.ts';
import { run } from './graphql.ts';

type Connection = { edges: { node: { id?: string; name?: string } }[] };

/** One node by global id with `selection` spread on it (`... on Country { iso3 }`); no errors allowed. */
export async function readNode(db: Database, id: string, selection: string) {
  const { data, errors } = await run(db, `query($id: ID!) { node(id: $id) { ${selection} } }`, {
    id,
  });
  expect(errors).toBeUndefined();
  return data.node;
}

/** A query that must succeed; its data. */
export async function readData(db: Database, query: string, variables?: Record<string, unknown>) {
  const result = await run(db, query, variables);
  expect(result.errors).toBeUndefined();
  return result.data;
}

/** The nodes' names, in the connection's order. */
export const names = (connection: Connection) => connection.edges.map((edge) => edge.node.name);

/** The graph ids (`country:JP`) of the nodes' global ids, in the connection's order. */
export const localIds = (connection: Connection) =>
  connection.edges.map((edge) => String(edge.node.id));
