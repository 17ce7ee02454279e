import { GraphQLError } from 'graphql';
import { Neo4jError } from 'neo4j-driver';

export const DATABASE_UNAVAILABLE = 'DATABASE_UNAVAILABLE';
export const QUERY_TIMEOUT = 'QUERY_TIMEOUT';
export const INVALID_BOOKMARK = 'INVALID_BOOKMARK';
export const QUERY_TOO_LARGE = 'QUERY_TOO_LARGE';

/**
 * Neo4j cannot serve the request right now: it is down, starting, stopping or unreachable. A
 * GraphQLError with a code, so Yoga passes it to the client unmasked; HTTP 503 with Retry-After
 * tells clients and load balancers it is worth trying again. The driver's own error (host, port,
 * hints about encryption) stays in `cause` for the logs and never reaches a client.
 */
export class DatabaseUnavailableError extends GraphQLError {
  constructor(override readonly cause?: unknown) {
    super('The database is unavailable. Try again shortly.', {
      extensions: {
        code: DATABASE_UNAVAILABLE,
        http: { status: 503, headers: { 'retry-after': '1' } },
      },
    });
    this.name = 'DatabaseUnavailableError';
  }
}

/**
 * Neo4j stopped a transaction that ran past its timeout: the one the API gives each transaction
 * (NEO4J_QUERY_TIMEOUT_MS) or the server's own `db.transaction.timeout`. A GraphQLError with a
 * code, like DatabaseUnavailableError: it passes Yoga's masking, the driver's message (which may
 * quote the query) stays in `cause`. HTTP status left to GraphQL over HTTP: other fields of the
 * request may have their data.
 */
export class QueryTimeoutError extends GraphQLError {
  constructor(
    /** The timeout the call gave, in ms; 0 when it was the server's. */
    readonly timeoutMs: number,
    override readonly cause?: unknown,
    /** 'line': it never ran, its time went waiting behind other heavy queries (heavy-line.ts). */
    readonly where: 'neo4j' | 'line' = 'neo4j',
  ) {
    const limit = timeoutMs > 0 ? ` of ${timeoutMs / 1000} s` : '';
    super(
      where === 'line'
        ? `The query waited its whole time limit${limit} behind other heavy queries and was not run: the server is busy. Try again shortly.`
        : `The query ran past its time limit${limit} and was stopped. Ask for less: smaller pages, fewer nested fields.`,
      { extensions: { code: QUERY_TIMEOUT } },
    );
    this.name = 'QueryTimeoutError';
  }
}

/**
 * Neo4j stopped a transaction that needed more memory than it allows one transaction
 * (`db.memory.transaction.max`) or all of them together (`dbms.memory.transaction.total.max`).
 * Like a timeout: a GraphQLError with a code that passes masking, Neo4j's words in `cause`; the
 * other fields of the request keep their data.
 */
export class QueryTooLargeError extends GraphQLError {
  constructor(override readonly cause?: unknown) {
    super(
      'The query needed more memory than the database allows a transaction and was stopped. Ask for less (smaller pages, fewer nested fields, a narrower question), or try again when the database is less busy.',
      { extensions: { code: QUERY_TOO_LARGE } },
    );
    this.name = 'QueryTooLargeError';
  }
}

/** Neo4j 5's codes for a transaction over its memory limit, or over the limit of them all. */
const OUT_OF_MEMORY = new Set([
  'Neo.TransientError.General.TransactionOutOfMemoryError',
  'Neo.TransientError.General.MemoryPoolOutOfMemoryError',
]);

export function isOutOfMemory(error: unknown): boolean {
  return error instanceof Neo4jError && OUT_OF_MEMORY.has(error.code);
}

/**
 * A bookmark the client sent back (X-Bookmark) that Neo4j does not know: made up, or from
 * another database. The client's mistake: HTTP 400, the driver's words stay in `cause`.
 */
export class InvalidBookmarkError extends GraphQLError {
  constructor(override readonly cause?: unknown) {
    super('X-Bookmark holds a bookmark this database does not know. Send back one the API gave.', {
      extensions: { code: INVALID_BOOKMARK, http: { status: 400 } },
    });
    this.name = 'InvalidBookmarkError';
  }
}

const INVALID_BOOKMARK_CODES = new Set([
  'Neo.ClientError.Transaction.InvalidBookmark',
  'Neo.ClientError.Transaction.InvalidBookmarkMixture',
]);

/**
 * The server this request reached has not caught up with the client's bookmark within its
 * `db.transaction.bookmark_ready_timeout`: a replica lagging behind. Worth retrying (503), but
 * no sign that Neo4j is down, so it never marks it unavailable.
 */
const BOOKMARK_TIMEOUT = 'Neo.TransientError.Transaction.BookmarkTimeout';

/**
 * Neo4j 5's codes for a transaction stopped by its timeout: the server's (db.transaction.timeout),
 * and the one the client gave (what neo4j-driver 6 reports for ours). Either classification.
 */
const TIMED_OUT = /^Neo\.\w+\.Transaction\.TransactionTimedOut(ClientConfiguration)?$/;

export function isTimeout(error: unknown): boolean {
  return (
    error instanceof QueryTimeoutError ||
    (error instanceof Neo4jError && TIMED_OUT.test(error.code))
  );
}

/** Driver codes for a server it cannot reach, or a connection that broke under a query. */
const CONNECTIVITY_CODES = new Set(['ServiceUnavailable', 'SessionExpired']);

/** Server codes for a database that is not online: starting or stopping. */
const OFFLINE_CODES = new Set([
  'Neo.TransientError.General.DatabaseUnavailable',
  'Neo.ClientError.Database.DatabaseUnavailable',
]);

/** The pool gave up waiting for a connection: every one is busy or none could be opened in time. */
const ACQUISITION_TIMEOUT = /^Connection acquisition timed out/;

/** True when `error` means "the database is unavailable", as opposed to a bad query or data. */
export function isUnavailable(error: unknown): boolean {
  if (error instanceof DatabaseUnavailableError) return true;
  if (!(error instanceof Neo4jError)) return false;
  return (
    CONNECTIVITY_CODES.has(error.code) ||
    OFFLINE_CODES.has(error.code) ||
    ACQUISITION_TIMEOUT.test(error.message)
  );
}

/**
 * The error a caller should see: a typed DatabaseUnavailableError, QueryTimeoutError (given the
 * call's timeout, in ms), QueryTooLargeError or InvalidBookmarkError, or the error unchanged.
 */
export function databaseError(error: unknown, timeoutMs = 0): unknown {
  if (error instanceof GraphQLError) return error;
  if (isTimeout(error)) return new QueryTimeoutError(timeoutMs, error);
  if (isOutOfMemory(error)) return new QueryTooLargeError(error);
  if (error instanceof Neo4jError && INVALID_BOOKMARK_CODES.has(error.code)) {
    return new InvalidBookmarkError(error);
  }
  if (error instanceof Neo4jError && error.code === BOOKMARK_TIMEOUT) {
    return new DatabaseUnavailableError(error);
  }
  return isUnavailable(error) ? new DatabaseUnavailableError(error) : error;
}
