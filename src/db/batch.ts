import neo4j from 'neo4j-driver';
import { defineQuery } from './cypher.ts';
import type { Database } from './database.ts';
import type { GraphNode, RelatedItem } from './graph-node.ts';
import type { RelationSpec } from './related.ts';

/** A node by id. */
export interface NodeRequest {
  kind: 'node';
  id: string;
}

/** One page of a parent's related nodes. */
export interface RelatedRequest {
  kind: 'related';
  id: string;
  spec: RelationSpec;
  offset: number;
  limit: number;
  includeRetracted: boolean;
}

export type ReadRequest = NodeRequest | RelatedRequest;

/** What `requests` in cypher/read/find-batch.cypher holds. */
interface QueryRequest {
  key: number;
  kind: 'node' | 'out' | 'in';
  id: string;
  type?: string;
  label?: string;
}

type Params = {
  requests: QueryRequest[];
  offset: unknown;
  limit: unknown;
  includeRetracted: boolean;
};
const findBatch = defineQuery<Params, { key: number; items: RelatedItem[] }>('read/find-batch', [
  'requests',
  'offset',
  'limit',
  'includeRetracted',
]);

/** A stable key per distinct request, for DataLoader's cache. */
export function requestKey(request: ReadRequest): string {
  if (request.kind === 'node') return `node:${request.id}`;
  const { spec } = request;
  return `${spec.direction}:${spec.type}:${spec.label}:${request.offset}:${request.limit}:${request.includeRetracted}:${request.id}`;
}

/**
 * Answers several reads in one round trip (cypher/read/find-batch.cypher): the node of each node
 * request (null when there is none) and the page of each related request ([] when empty), in the
 * order asked. Related requests with different page arguments (rare: one GraphQL level seldom
 * asks for two page sizes) go in one query per page size, run side by side.
 */
export async function readBatch(
  db: Database,
  requests: readonly ReadRequest[],
): Promise<(GraphNode | null | RelatedItem[])[]> {
  const groups = new Map<string, { request: RelatedRequest | null; entries: QueryRequest[] }>();
  const groupOf = (request: RelatedRequest | null) => {
    const name = request ? `${request.offset}:${request.limit}:${request.includeRetracted}` : '';
    let group = groups.get(name);
    if (!group) {
      group = { request, entries: [] };
      groups.set(name, group);
    }
    return group;
  };
  requests.forEach((request, key) => {
    if (request.kind === 'node') return;
    const { spec } = request;
    groupOf(request).entries.push({
      key,
      kind: spec.direction,
      id: request.id,
      type: spec.type,
      label: spec.label,
    });
  });
  // Nodes ride along with any group: they take no page arguments.
  const withNodes = groups.values().next().value ?? groupOf(null);
  requests.forEach((request, key) => {
    if (request.kind === 'node') withNodes.entries.push({ key, kind: 'node', id: request.id });
  });
  const answers = new Map<number, RelatedItem[]>();
  await Promise.all(
    [...groups.values()].map(async ({ request, entries }) => {
      const rows = await db.run(findBatch, {
        requests: entries,
        // Integers, not JS numbers: SKIP and LIMIT refuse floats.
        offset: neo4j.int(request?.offset ?? 0),
        limit: neo4j.int(request?.limit ?? 0),
        includeRetracted: request?.includeRetracted ?? false,
      });
      for (const row of rows) answers.set(row.key, row.items);
    }),
  );
  return requests.map((request, key) => {
    const items = answers.get(key);
    if (request.kind === 'node') return items?.[0]?.node ?? null;
    return items ?? [];
  });
}
