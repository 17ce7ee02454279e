import { defineQuery } from './cypher.ts';
import type { Database } from './database.ts';
import { withRetracted } from './retracted.ts';

/** The timeline's filter; null means "no filter" for each field. */
export interface EventFilter {
  /** YYYY-MM-DD, inclusive: events whose span reaches this day or later. */
  from: string | null;
  /** YYYY-MM-DD, inclusive: events that began on this day or earlier. */
  to: string | null;
  /** Actor ids linked to the event by BY, INVOLVES or ABOUT. */
  involving: string[] | null;
  kinds: string[] | null;
  /** Also retracted facts (hidden by default). */
  includeRetracted?: boolean;
}

const filterParams = ['from', 'to', 'involving', 'kinds', 'includeRetracted'] as const;
export const countEvents = defineQuery<EventFilter, { total: number }>(
  'read/count-events',
  filterParams,
);

export async function countEventPage(db: Database, filter: EventFilter): Promise<number> {
  const rows = await db.run(countEvents, withRetracted(filter));
  return rows[0]?.total ?? 0;
}
