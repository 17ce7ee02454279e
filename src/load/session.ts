import neo4j, { type Record as Neo4jRecord } from 'neo4j-driver';
import { toPlain } from '../db/convert.ts';
import type { CypherQuery } from '../db/cypher.ts';
import type { Database } from '../db/database.ts';

/** Runs a declared query inside the current transaction and returns plain rows. */
export type Run = <P extends object, R>(query: CypherQuery<P, R>, params: P) => Promise<R[]>;

/**
 * Runs `work` in ONE explicit write transaction and commits it, or rolls it back when `commit` is
 * false (a dry run) or anything fails (a constraint, a terminated transaction, the database going
 * away): all of it is written or none. Not retried: a failed import is reported, not replayed.
 */
export async function inTransaction<T>(
  db: Database,
  commit: boolean,
  work: (run: Run) => Promise<T>,
  /** Shown by `SHOW TRANSACTIONS YIELD metaData`: which write this is, for whom. */
  metadata: Record<string, string> = {},
): Promise<T> {
  const session = db.driver.session({ database: db.name, defaultAccessMode: neo4j.session.WRITE });
  const tx = session.beginTransaction({ metadata: { app: 'exposure-graph', ...metadata } });
  try {
    const result = await work(async (query, params) => {
      db.roundTrips += 1;
      const answer = await tx.run(query.text, params);
      return answer.records.map((record) => toPlain(record.toObject()) as never);
    });
    if (commit) await tx.commit();
    else await tx.rollback();
    return result;
  } catch (error) {
    if (tx.isOpen()) await tx.rollback().catch(() => {});
    throw error;
  } finally {
    await session.close();
  }
}

/** Reads with the driver's own types (Integer, Date, DateTime), for the export to tell them apart. */
export async function readRaw<P extends object>(
  db: Database,
  query: CypherQuery<P, unknown>,
  params: P,
): Promise<Neo4jRecord[]> {
  db.roundTrips += 1;
  const result = await db.driver.executeQuery(query.text, params as Record<string, unknown>, {
    database: db.name,
    routing: 'READ',
  });
  return result.records;
}
