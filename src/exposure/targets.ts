import type { Database } from '../db/database.ts';
import { findMeasuresAgainst, type MeasureScope } from './queries.ts';
import { ACTIVE_STATUSES } from './weights.ts';

/** The measures against one actor that exist on `asOf` (as known at `knownAt`), with their scopes. */
export function listMeasuresAgainst(
  db: Database,
  targetId: string,
  asOf: string,
  knownAt: string | null = null,
): Promise<MeasureScope[]> {
  return db.run(findMeasuresAgainst, {
    targetIds: [targetId],
    asOf,
    statuses: ACTIVE_STATUSES,
    knownAt,
  });
}
