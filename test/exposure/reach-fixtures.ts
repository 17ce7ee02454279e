import type { Database } from '../../src/db/database.ts';

/**
 * Leaves the test graph without a reach index: the other files write fixtures with plain
 * Cypher, which does not mark the index stale, so a fresh one left behind would answer for a
 * graph that is gone.
 */
export async function dropReachIndex(db: Database): Promise<void> {
  await db.runText(
    'MATCH (n) WHERE n:ExposureReach OR n:ExposureIndexState CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS',
    {},
    'WRITE',
  );
}
