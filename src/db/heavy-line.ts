/**
 * The line heavy statements wait in (HEAVY_QUERY_CONCURRENCY, docs/limits.md): at most
 * `concurrency` of them run in Neo4j at once for this server, the others wait their turn, first
 * come first served. Light reads never wait here.
 *
 * Why: Neo4j shares its cores among every statement it runs. A ranking that takes 150 ms alone
 * takes about 32 / 2 × 150 ms = 2.4 s when 31 others share two cores with it, so under load the
 * slowest answers were many times their own cost. In line, a statement waits for those ahead of
 * it, then runs with few others: on the benchmark's medium graph, `exposedFirms` at concurrency
 * 32, p99 fell from 0.9–1.6 s to 0.4–0.7 s with a line of 2 or 4 at the same throughput
 * (docs/bench/targets.md, "Stop 34").
 *
 * Time in line counts towards the statement's time limit (NEO4J_QUERY_TIMEOUT_MS): Neo4j gets
 * what is left, and a statement still in line when it runs out is answered QUERY_TIMEOUT
 * without having run.
 */
import PQueue from 'p-queue';
import { QueryTimeoutError } from './errors.ts';

export class HeavyLine {
  readonly #queue: PQueue;

  constructor(readonly concurrency: number) {
    this.#queue = new PQueue({ concurrency });
  }

  /** Statements running in Neo4j now. */
  get running(): number {
    return this.#queue.pending;
  }

  /** Statements waiting for their turn. */
  get waiting(): number {
    return this.#queue.size;
  }

  /**
   * Runs `work` when its turn comes, giving it the time left of `timeoutMs` (0: no limit, and
   * `work` gets 0). Past `timeoutMs` in line, it never runs: QueryTimeoutError.
   */
  async run<T>(timeoutMs: number, work: (timeLeftMs: number) => Promise<T>): Promise<T> {
    const queuedAt = performance.now();
    const gaveUp = new AbortController();
    let started = false;
    const timer =
      timeoutMs > 0 ? setTimeout(() => started || gaveUp.abort(), timeoutMs) : undefined;
    try {
      return await this.#queue.add(
        () => {
          started = true;
          clearTimeout(timer);
          const waited = performance.now() - queuedAt;
          return work(timeoutMs > 0 ? Math.max(1, Math.round(timeoutMs - waited)) : 0);
        },
        { signal: gaveUp.signal },
      );
    } catch (error) {
      if (!started && gaveUp.signal.aborted) throw new QueryTimeoutError(timeoutMs, error, 'line');
      throw error;
    } finally {
      clearTimeout(timer);
    }
  }
}
