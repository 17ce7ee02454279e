import { defineQuery } from './cypher.ts';
import type { Database } from './database.ts';
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

const filterParams = ['labels', 'basedIn', 'sectors', 'includeRetracted'] as const;
export const countActors = defineQuery<ActorFilter, { total: number }>(
  'read/count-actors',
  filterParams,
);

export async function countActorPage(db: Database, filter: ActorFilter): Promise<number> {
  const rows = await db.run(countActors, withRetracted(filter));
  return rows[0]?.total ?? 0;
}
