import { defineQuery } from './cypher.ts';
import type { Database } from './database.ts';

export interface MeasureFilter {
  kinds: string[] | null;
  statuses: string[] | null;
  imposedBy: string[] | null;
  targets: string[] | null;
  covers: string[] | null;
  /** YYYY-MM-DD: keep measures active that day, with their status that day. */
  asOf: string | null;
  /** An instant (ISO, UTC): the graph as it was known then (docs/history.md). */
  knownAt?: string | null;
  /** Also retracted measures (hidden by default). */
  includeRetracted?: boolean;
}

/** The parameters of the measures filter, shared by the list (src/read/roots.ts) and its count. */
export const MEASURE_FILTER_PARAMS = [
  'kinds',
  'statuses',
  'imposedBy',
  'targets',
  'covers',
  'asOf',
  'knownAt',
  'includeRetracted',
] as const;
export const countMeasures = defineQuery<MeasureFilter, { total: number }>(
  'read/count-measures',
  MEASURE_FILTER_PARAMS,
);

export async function countMeasurePage(db: Database, filter: MeasureFilter): Promise<number> {
  const rows = await db.run(countMeasures, params(filter));
  return rows[0]?.total ?? 0;
}

/** Every parameter set: absent knowledge-time options mean "now", retracted hidden. */
function params(filter: MeasureFilter) {
  return {
    ...filter,
    knownAt: filter.knownAt ?? null,
    includeRetracted: filter.includeRetracted ?? false,
  };
}
