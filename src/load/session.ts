import type { Record as Neo4jRecord } from 'neo4j-driver';
import type { CypherQuery } from '../db/cypher.ts';
import type { Database, Run } from '../db/database.ts';

export type { Run } from '../db/database.ts';

/**
 * Runs `work` in ONE explicit write transaction and commits it, or rolls it back when `commit` is
 * false (a dry run) or anything fails (a constraint, a terminated transaction, the database going
 * away): all of it is written or none. Not retried: a failed import is reported, not replayed.
 * No timeout of the API's (NEO4J_QUERY_TIMEOUT_MS), even on the server's Database: a seed or an
 * import file may take longer than any request should; the server's own backstop still applies.
 */
export async function inTransaction<T>(
  db: Database,
  commit: boolean,
  work: (run: Run) => Promise<T>,
  /** Shown by `SHOW TRANSACTIONS YIELD metaData`: which write this is, for whom. */
  metadata: Record<string, string> = {},
): Promise<T> {
  return db.transaction('WRITE', work, {
    commit,
    retry: false,
    timeout: 0,
    metadata: { app: 'exposure-graph', ...metadata },
  });
}

/** Reads with the driver's own types (Integer, Date, DateTime), for the export to tell them apart. */
export async function readRaw<P extends object>(
  db: Database,
  query: CypherQuery<P, unknown>,
  params: P,
): Promise<Neo4jRecord[]> {
  // The whole graph at once: as long as it takes, like the import that may read it back.
  const values = params as Record<string, unknown>;
  return (await db.runRaw(query.text, values, 'READ', { timeout: 0 })).records;
}
