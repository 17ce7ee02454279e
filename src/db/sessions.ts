import neo4j, { type Driver, type Session } from 'neo4j-driver';
import { observeQuery, observeTransaction } from '../observability/neo4j.ts';
import { currentScope } from '../request-scope.ts';
import { toPlain } from './convert.ts';
import type { CypherQuery } from './cypher.ts';
import { withoutStackCapture } from './uncaptured.ts';

export type Mode = 'READ' | 'WRITE';
/** Timeout and metadata of one transaction (the driver does not export the type by name). */
export type TransactionConfig = NonNullable<Parameters<Session['run']>[2]>;
/** Runs a declared query inside the current transaction and returns plain rows. */
export type Run = <P extends object, R>(query: CypherQuery<P, R>, params: P) => Promise<R[]>;

/**
 * A session of `mode`: READ ones go to followers and read replicas on a cluster, WRITE ones to
 * the leader. It waits for this process's own writes (the driver's shared bookmark manager) and
 * for the bookmarks the request's client sent back (X-Bookmark).
 */
export async function withSession<T>(
  driver: Driver,
  database: string,
  mode: Mode,
  use: (session: Session) => Promise<T>,
): Promise<T> {
  const scope = currentScope();
  const session = driver.session({
    database,
    defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
    bookmarkManager: driver.executeQueryBookmarkManager,
    ...(scope?.bookmarks.length ? { bookmarks: [...scope.bookmarks] } : {}),
  });
  try {
    return await use(session);
  } finally {
    // Closing a session whose connection broke must not hide why it broke.
    await session.close().catch(() => {});
  }
}

/**
 * The watchdog's `RETURN 1`: no bookmarks (a replica catching up with one must not look like a
 * Neo4j that is gone), not counted as the request's.
 */
export async function ping(driver: Driver, database: string): Promise<void> {
  const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
  try {
    await session.run('RETURN 1');
  } finally {
    await session.close().catch(() => {});
  }
}

export interface TransactionWork<T> {
  mode: Mode;
  database: string;
  config: TransactionConfig;
  /** false: roll back at the end (a dry run). */
  commit: boolean;
  /** Aborted when the caller has been told "unavailable" (the watchdog). */
  abandoned: AbortSignal;
  /** Called once per query sent: Database counts round trips. */
  sent: () => void;
  work: (run: Run) => Promise<T>;
}

/** Runs `work` in one explicit transaction of `session`: all of it commits, or none. */
export function inTransaction<T>(session: Session, job: TransactionWork<T>): Promise<T> {
  const label = { mode: job.mode, database: job.database };
  return observeTransaction(label, async () => {
    const tx = session.beginTransaction(job.config);
    try {
      const result = await job.work(async (query, params) => {
        // Given up on: the rest of the work would be rolled back anyway.
        if (job.abandoned.aborted) throw job.abandoned.reason;
        job.sent();
        const answer = await observeQuery({ ...label, name: query.name }, () =>
          withoutStackCapture(() => tx.run(query.text, params)),
        );
        return answer.records.map((record) => toPlain(record.toObject()) as never);
      });
      // Our caller was told "unavailable": committing now would write behind its back.
      if (job.abandoned.aborted) throw job.abandoned.reason;
      if (!job.commit) {
        await tx.rollback();
        return result;
      }
      await withoutStackCapture(() => tx.commit());
      if (job.mode === 'WRITE') rememberWrite(session);
      return result;
    } finally {
      if (tx.isOpen()) await tx.rollback().catch(() => {});
    }
  });
}

/**
 * The bookmark of a write just committed becomes the request's, for its answer. Each write of
 * the process already waited for the ones before it, so the last bookmark covers them all.
 */
export function rememberWrite(session: Session): void {
  const scope = currentScope();
  if (scope) scope.written = session.lastBookmarks();
}
