import type { Sample } from './load.ts';

/** What one outage looked like from the clients' side, in ms. */
export interface OutageFigures {
  /** From the fault to the first answer that said DATABASE_UNAVAILABLE. */
  firstUnavailable: number;
  /**
   * The slowest failure of the outage, from when it began or the fault, whichever came later:
   * how fast "fail fast" was. (A request held by a cold Neo4j before the fault is not news.)
   */
  slowestFailure: number;
  /** The slowest GraphQL request begun while Neo4j was away (fault to back), failed or not. */
  slowestWhileDown: number;
  /** From the fault to the first /ready 503. */
  readyDown: number;
  /**
   * From Neo4j being back (its launcher returned) to the first GraphQL answer with data after
   * which none failed: a pool left holding dead connections would make this long.
   */
  recovered: number;
  /**
   * From Neo4j being back to the first /ready 200 asked after that (after the server's warm-up).
   * Not any 200 after the first 503: a stopping Neo4j still answers some queries, /ready among
   * them, and the request after such a 200 fails, truthfully (a CI run read that as "ready but
   * not serving").
   */
  readyUp: number;
  /** The first GraphQL request begun after that /ready 200: ready means it serves. */
  afterReady: { ok: boolean; ms: number } | null;
  /** GraphQL requests begun between the fault and the recovery, and how many of them failed. */
  requests: number;
  failed: number;
}

const NEVER = Number.POSITIVE_INFINITY;
const took = (s: Sample) => s.end - s.start;

/** The figures of the outage from `downAt` (the fault) and `upAt`, up to `until` (the next one). */
export function outageFigures(
  samples: Sample[],
  { downAt, upAt, until = NEVER }: { downAt: number; upAt: number; until?: number },
): OutageFigures {
  const within = (s: Sample) => s.end >= downAt && s.start < until;
  const graphql = samples.filter((s) => s.what === 'graphql' && within(s));
  const ready = samples.filter((s) => s.what === 'ready' && within(s));
  const failures = graphql.filter((s) => !s.ok && s.end < until);
  // Recovered: the first answer with data after the last failure (a stopping Neo4j still
  // answers some queries between failures).
  const lastFailure = failures.at(-1);
  const recoveredAt = graphql.find((s) => s.ok && s.start >= (lastFailure?.end ?? NEVER))?.end;
  const during = graphql.filter((s) => s.start >= downAt && s.start < (recoveredAt ?? NEVER));
  const readyDown = ready.find((s) => s.start >= downAt && s.status === 503);
  const readyUp = ready.find((s) => s.ok && s.start >= Math.max(upAt, readyDown?.start ?? NEVER));
  const firstAfterReady = graphql.find((s) => s.start >= (readyUp?.end ?? NEVER));
  const failedAfter = (s: Sample) => s.end - Math.max(s.start, downAt);
  return {
    firstUnavailable: (failures[0]?.end ?? NEVER) - downAt,
    slowestFailure: Math.max(0, ...failures.map(failedAfter)),
    slowestWhileDown: Math.max(0, ...during.filter((s) => s.start < upAt).map(took)),
    readyDown: (readyDown?.end ?? NEVER) - downAt,
    recovered: Math.max(0, (recoveredAt ?? NEVER) - upAt),
    readyUp: Math.max(0, (readyUp?.end ?? NEVER) - upAt),
    afterReady: firstAfterReady ? { ok: firstAfterReady.ok, ms: took(firstAfterReady) } : null,
    requests: during.length,
    failed: during.filter((s) => !s.ok).length,
  };
}

/** One line of the test's report. */
export function describeOutage(name: string, f: OutageFigures): string {
  return `[faults] Neo4j ${name}: first DATABASE_UNAVAILABLE ${f.firstUnavailable} ms after; slowest failure ${f.slowestFailure} ms, slowest request begun while down ${f.slowestWhileDown} ms (${f.failed}/${f.requests} failed); /ready 503 ${f.readyDown} ms after; back: data ${f.recovered} ms, /ready 200 ${f.readyUp} ms after Neo4j was, first request after it ${f.afterReady ? `${f.afterReady.ok ? 'ok' : 'failed'} in ${f.afterReady.ms} ms` : 'none'}`;
}
