import neo4j from 'neo4j-driver';
import { defineQuery } from './cypher.ts';
import type { Database } from './database.ts';
import type { GraphNode } from './graph-node.ts';
import { withRetracted } from './retracted.ts';

export interface ActorFilter {
  /** Labels of the kinds asked for (Country, Company …); `['Actor']` for every kind. */
  labels: string[];
  /** Country ids: based in any of them; null for no filter. */
  basedIn: string[] | null;
  /** Sector ids: in any of them; null for no filter. */
  sectors: string[] | null;
  /** Also retracted facts (hidden by default). */
  includeRetracted?: boolean;
}

type Page = { offset: unknown; limit: unknown };
const filterParams = ['labels', 'basedIn', 'sectors', 'includeRetracted'] as const;
const findActors = defineQuery<ActorFilter & Page, GraphNode>('read/find-actors', [
  ...filterParams,
  'offset',
  'limit',
]);
export const countActors = defineQuery<ActorFilter, { total: number }>(
  'read/count-actors',
  filterParams,
);

/** One page of actors, by name then id, cut in the database. */
export function findActorPage(
  db: Database,
  filter: ActorFilter,
  offset: number,
  limit: number,
): Promise<GraphNode[]> {
  // Integers, not JS numbers: SKIP and LIMIT refuse floats.
  return db.run(findActors, {
    ...withRetracted(filter),
    offset: neo4j.int(offset),
    limit: neo4j.int(limit),
  });
}

export async function countActorPage(db: Database, filter: ActorFilter): Promise<number> {
  const rows = await db.run(countActors, withRetracted(filter));
  return rows[0]?.total ?? 0;
}
