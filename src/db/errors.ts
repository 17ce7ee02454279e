import { GraphQLError } from 'graphql';
import { Neo4jError } from 'neo4j-driver';

export const DATABASE_UNAVAILABLE = 'DATABASE_UNAVAILABLE';

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

/** The error a caller should see: a typed DatabaseUnavailableError, or the error unchanged. */
export function databaseError(error: unknown): unknown {
  if (error instanceof DatabaseUnavailableError) return error;
  return isUnavailable(error) ? new DatabaseUnavailableError(error) : error;
}
