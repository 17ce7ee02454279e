import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';

/**
 * What one HTTP request carries through everything it calls, without passing it by hand: the
 * bookmarks a client sent back (every Neo4j transaction of the request waits for them), the
 * bookmark of what it wrote, and the figures of its log line and metrics. Kept in
 * AsyncLocalStorage, so DataLoader batches and the driver's callbacks see the request that
 * started them; code running outside a request (the seed, the CLI, tests of resolvers) sees none.
 */
export interface RequestScope {
  /** X-Request-Id: the client's (when it is sane) or a new UUID; on every log line. */
  readonly id: string;
  /** performance.now() when the request began. */
  readonly startedAt: number;
  /** Bookmarks the client sent in X-Bookmark (http/bookmarks.ts). */
  bookmarks: readonly string[];
  /** The bookmark(s) of the last transaction this request committed: answered in extensions. */
  written: string[];
  /** Neo4j round trips of the request, and the time spent waiting for them (ms). */
  neo4j: { queries: number; ms: number };
  /** The GraphQL operation, once known. */
  operation?: { name: string; type: string };
  /** Codes of the errors answered, in order; and the server-side ones, logged with their cause. */
  codes: string[];
}

const storage = new AsyncLocalStorage<RequestScope>();

const SANE_ID = /^[\w.:-]{1,128}$/;

export function newScope(request: Pick<Request, 'headers'>): RequestScope {
  const sent = request.headers.get('x-request-id');
  return {
    id: sent !== null && SANE_ID.test(sent) ? sent : randomUUID(),
    startedAt: performance.now(),
    bookmarks: [],
    written: [],
    neo4j: { queries: 0, ms: 0 },
    codes: [],
  };
}

export function runInScope<T>(scope: RequestScope, work: () => T): T {
  return storage.run(scope, work);
}

/** The scope of the request being served, or undefined outside one. */
export function currentScope(): RequestScope | undefined {
  return storage.getStore();
}
