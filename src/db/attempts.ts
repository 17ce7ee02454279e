import { isRetryableError } from 'neo4j-driver';
import type { Availability } from './availability.ts';
import { databaseError, isOutOfMemory, isUnavailable } from './errors.ts';

/** Retries of transient failures (a deadlock, a dropped connection) stop once this is spent. */
const RETRY_BUDGET_MS = 800;
const FIRST_RETRY_DELAY_MS = 25;

export interface AttemptOptions {
  /** Under the watchdog: a call Neo4j does not answer fails within 1.5 s (availability.ts). */
  failFast: boolean;
  /** false: a transient failure is reported, not retried (a failed import is not replayed). */
  retry: boolean;
  /** The transaction's timeout in ms (0: the server's), for the QUERY_TIMEOUT message. */
  timeoutMs: number;
  /** Begun while Neo4j, back from an outage, is still warming up: no benefit of the doubt. */
  cold?: boolean;
}

/**
 * `attempt` retried briefly on transient failures, under the watchdog when `failFast`. While
 * Neo4j is known to be down each call makes one attempt, no retries, and the first that succeeds
 * marks it available again: no restart needed. What leaves here is typed: DATABASE_UNAVAILABLE,
 * QUERY_TIMEOUT, or the error as it was (errors.ts).
 */
export function attempts<T>(
  availability: Availability,
  options: AttemptOptions,
  attempt: (abandoned: AbortSignal) => Promise<T>,
): Promise<T> {
  const abandon = new AbortController();
  const call = retrying(availability, options, attempt, abandon.signal);
  return options.failFast ? availability.watch(call, abandon, options.cold) : call;
}

async function retrying<T>(
  availability: Availability,
  { retry: retries, timeoutMs }: AttemptOptions,
  attempt: (abandoned: AbortSignal) => Promise<T>,
  abandoned: AbortSignal,
): Promise<T> {
  const started = Date.now();
  for (let delay = FIRST_RETRY_DELAY_MS; ; delay *= 2) {
    const begun = performance.now();
    try {
      const result = await attempt(abandoned);
      availability.answered(begun);
      return result;
    } catch (error) {
      const retry =
        retries &&
        availability.available &&
        !abandoned.aborted &&
        isRetryableError(error) &&
        // Neo4j calls it transient, but the same query would need the same memory again.
        !isOutOfMemory(error) &&
        Date.now() - started + delay <= RETRY_BUDGET_MS;
      if (!retry) {
        if (isUnavailable(error)) availability.markUnavailable(error);
        throw databaseError(error, timeoutMs);
      }
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }
}
