/**
 * Waits until Neo4j runs nothing but this check: the requests still in flight when a run ends
 * (32 `exposedFirms` of several seconds each, after its c32 run) go on in Neo4j after the load
 * generator stops, and the next run, whichever target's, would otherwise share the cores with them.
 */
import type { Database } from '../../src/db/database.ts';
import { processCpuMs } from './process-cpu.ts';

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

/**
 * Waits until Neo4j's process has used less than `share` of one core over a second, as an idle
 * JVM does: after the load and the warm-ups it may still be busy with work no transaction shows
 * (a checkpoint, index sampling, compiling), and the first cell measured used to pay for it
 * (`node` at c1 came out at 1.38 and 0.74 of the peer in two runs of 2026-12-06, every later
 * `node` cell at 1.30–1.58). Milliseconds waited; gives up after `limitMs`; 0 where /proc is not.
 */
export async function quiet(pid: number, share = 0.1, limitMs = 60_000): Promise<number> {
  const started = performance.now();
  let before = processCpuMs(pid);
  if (Number.isNaN(before)) return 0;
  while (performance.now() - started < limitMs) {
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const now = processCpuMs(pid);
    if (now - before < share * 1000) break;
    before = now;
  }
  return performance.now() - started;
}
