import { expect } from 'vitest';
import type { Database } from '../../src/db/database.ts';
import { globalId, run } from '../helpers/graphql.ts';

/** The JSON answer of a query, walked freely by the tests. */
// biome-ignore lint/suspicious/noExplicitAny: tests walk the JSON answer freely
export type Answer = { data?: any; errors?: readonly { message: string; extensions?: any }[] };

/** Runs a query that must succeed and returns its data. */
export function asker(db: Database) {
  return async (query: string, variables?: Record<string, unknown>) => {
    const answer = (await run(db, query, variables)) as Answer;
    expect(answer.errors).toBeUndefined();
    return answer.data;
  };
}

/** Runs a query that must fail and returns its error messages. */
export function failures(db: Database) {
  return async (query: string, variables?: Record<string, unknown>) => {
    const answer = (await run(db, query, variables)) as Answer;
    expect(answer.errors?.length ?? 0).toBeGreaterThan(0);
    return (answer.errors ?? []).map((error) => error.message);
  };
}

/** The graph id of a global id: the same string (src/schema/nodes/global-ids.ts). */
export const nodeId = (globalId: string) => globalId;

/** The node ids of a connection's edges, in order. */
export const edgeIds = (connection: { edges: { node: { id: string } }[] }) =>
  connection.edges.map((edge) => nodeId(edge.node.id));

/** Reads one node by type and id with a selection: `read('Event', 'event:…', 'kind summary')`. */
export function nodeReader(db: Database) {
  const ask = asker(db);
  return async (type: string, id: string, selection: string) => {
    const query = `query($id: ID!) { node(id: $id) { ... on ${type} { ${selection} } } }`;
    return (await ask(query, { id: globalId(type, id) })).node;
  };
}

/** A selection of a connection's node ids, for any node type. */
export const IDS = '{ edges { node { ... on Node { id } } } }';
