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

export interface ReachEntry {
  firm: string;
  good: string;
  country: string | null;
  reach: number[];
  sharedGoods: string[] | null;
  cleanReach: number[] | null;
}

/**
 * The index's entries (of the firms whose ids start with `prefix`), in one order, each
 * entry's shared goods sorted: a build after a write must leave exactly what a full build does.
 */
export async function reachEntries(db: Database, prefix = ''): Promise<ReachEntry[]> {
  const rows = await db.runText<ReachEntry>(
    `MATCH (e:ExposureReach) WHERE e.firm STARTS WITH $prefix
     RETURN e.firm AS firm, e.good AS good, e.country AS country, e.reach AS reach,
       e.sharedGoods AS sharedGoods, e.cleanReach AS cleanReach
     ORDER BY firm, good, country`,
    { prefix },
  );
  return rows.map((row) => ({ ...row, sharedGoods: row.sharedGoods?.toSorted() ?? null }));
}
