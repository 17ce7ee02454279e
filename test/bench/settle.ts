/**
 * Waits until Neo4j runs nothing but this check: the requests still in flight when a run ends
 * (32 `exposedFirms` of several seconds each, after its c32 run) go on in Neo4j after the load
 * generator stops, and the next run, always our server's (targets take turns in a fixed order),
 * would otherwise share the cores with them.
 */
import type { Database } from '../../src/db/database.ts';

const POLL_MS = 100;

/** Milliseconds waited; gives up after `limitMs` (a stuck transaction must not stop the bench). */
export async function settle(db: Database, limitMs = 60_000): Promise<number> {
  const started = performance.now();
  while (performance.now() - started < limitMs) {
    const [row] = await db.runText<{ running: number }>(
      `SHOW TRANSACTIONS YIELD currentQuery
       WHERE NOT currentQuery STARTS WITH 'SHOW TRANSACTIONS'
       RETURN count(*) AS running`,
    );
    if (Number(row?.running ?? 0) === 0) break;
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
  return performance.now() - started;
}
