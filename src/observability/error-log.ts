import { GraphQLError } from 'graphql';
import type { Logger } from '../logger.ts';
import { currentScope, type RequestScope } from '../request-scope.ts';

/**
 * Codes whose errors the server, not the client, has to answer for: Neo4j away, a query that
 * ran too long. They reach the client with a code and a plain message (unmasked); their cause (the
 * driver's error) is logged here, with the request they belong to. Errors masked as "Unexpected
 * error." are logged by `logMasked`; every other code is about the request and is listed on its
 * log line.
 */
const SERVER_SIDE = new Set(['DATABASE_UNAVAILABLE', 'QUERY_TIMEOUT']);

/**
 * While Neo4j is away every request fails with the same cause: thousands of identical driver
 * stack traces a second, which on a busy machine block the process on its own stdout (pino
 * writes synchronously) and hold the very requests that should fail fast. The cause of
 * DATABASE_UNAVAILABLE is logged at most once per this many ms; each request keeps its own log
 * line with its code, and the outage its own lines (Neo4j is unavailable / answers again).
 */
export const UNAVAILABLE_CAUSE_EVERY_MS = 1000;
let lastUnavailableCause = Number.NEGATIVE_INFINITY;

/** The cause to log for an error the client sees, or undefined when it is the client's. */
export function serverSideCause(error: GraphQLError): unknown {
  const code = String(error.extensions?.code);
  if (!SERVER_SIDE.has(code)) return undefined;
  if (code === 'DATABASE_UNAVAILABLE') {
    const now = Date.now();
    if (now - lastUnavailableCause < UNAVAILABLE_CAUSE_EVERY_MS) return undefined;
    lastUnavailableCause = now;
  }
  let inner: unknown = error;
  // graphql-js wraps what a resolver throws in a located error: ours is inside.
  while (inner instanceof GraphQLError && inner.originalError) inner = inner.originalError;
  return (inner as { cause?: unknown }).cause ?? inner;
}

export function errorLogFields(scope: RequestScope | undefined, error: GraphQLError) {
  return {
    requestId: scope?.id,
    operation: scope?.operation?.name ?? null,
    code: error.extensions?.code,
    ...(error.path ? { path: error.path.join('.') } : {}),
  };
}

/**
 * For masking (security/masking.ts): an unexpected error, replaced by "Unexpected error." for
 * the client, is logged here whole (stack, cause, a driver's code), once, with its request.
 */
export function logMasked(logger: Logger | undefined) {
  return (original: unknown, masked: GraphQLError) => {
    logger?.error(
      { ...errorLogFields(currentScope(), masked), err: original },
      `Unexpected error: ${(original as Error)?.message ?? String(original)}`,
    );
  };
}
