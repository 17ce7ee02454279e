import { DatabaseUnavailableError } from './errors.ts';

export interface AvailabilityEvents {
  /** Neo4j stopped answering (the driver's error, for the logs; never shown to clients). */
  onUnavailable?: (error: unknown) => void;
  /** Neo4j answers again, `downMs` after it stopped. */
  onAvailable?: (downMs: number) => void;
}

export interface Watchdog {
  /** A call still running after this long makes us ask Neo4j whether it is there at all… */
  checkAfterMs: number;
  /** …and a `RETURN 1` unanswered for this long means it is not: the call fails at once. */
  pingTimeoutMs: number;
  /** A call whose check passed is checked again this often while it still runs. */
  recheckEveryMs: number;
}

/**
 * After 0.7 s a call asks `RETURN 1`; unanswered 0.8 s later, the call fails: 1.5 s at most,
 * within the 2 s promise, and a healthy but busy Neo4j has 0.8 s to say `1`. A stopping Neo4j
 * still answers pings for a while after it stops serving queries: a call whose first check passed
 * is checked again every 0.35 s, so it too fails within 1.2 s of Neo4j falling silent (with 0.7 s
 * between checks a call begun as Neo4j stopped took 2.2 s, 2.4 s in a loaded CI run).
 */
export const WATCHDOG: Watchdog = { checkAfterMs: 700, pingTimeoutMs: 800, recheckEveryMs: 350 };

/**
 * Whether Neo4j answers, and how long a call may wait before we conclude it does not. A stopping
 * or starting Neo4j keeps its port open but holds each query for seconds before refusing it, and
 * a frozen one never answers: a call still running after `checkAfterMs` triggers a health check
 * (one at a time, shared), and fails with DATABASE_UNAVAILABLE when that check is not answered in
 * time. A slow query on a healthy database is left alone: its health checks answer at once.
 *
 * A late ping alone is not proof: a Neo4j starved of CPU (a busy two-core machine, a noisy
 * neighbour) answers `RETURN 1` late while it still finishes other work. So a check also passes
 * when any call that began after its ping was sent has come back (`answered`): Neo4j is taking
 * new work and completing it. A stopping or frozen Neo4j completes no new work, so it is still
 * cut on time.
 *
 * A failed check cuts every call then watched, not only the one that asked: Neo4j is not there
 * for any of them, and each would otherwise wait for its own next check and ping timeout.
 */
export class Availability {
  #downSince: number | null = null;
  #check: Promise<boolean> | null = null;
  /** How to cut each call being watched (a failed check cuts them all). */
  readonly #cuts = new Set<() => void>();
  /** The start (performance.now()) of the latest-begun call that Neo4j answered. */
  #latestAnsweredStart = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly ping: () => Promise<unknown>,
    private readonly watchdog: Watchdog,
    private readonly events: AvailabilityEvents = {},
  ) {}

  get available(): boolean {
    return this.#downSince === null;
  }

  /** Neo4j answered a call begun at `startedAt` (performance.now()): it is up. */
  answered(startedAt: number): void {
    this.#latestAnsweredStart = Math.max(this.#latestAnsweredStart, startedAt);
    this.markAvailable();
  }

  markAvailable(): void {
    if (this.#downSince === null) return;
    const downMs = Date.now() - this.#downSince;
    this.#downSince = null;
    this.events.onAvailable?.(downMs);
  }

  markUnavailable(error: unknown): void {
    if (this.#downSince !== null) return;
    this.#downSince = Date.now();
    this.events.onUnavailable?.(error);
  }

  /**
   * `call`'s outcome, unless Neo4j stops answering while it runs (checked every `checkAfterMs`
   * once it has run that long): then a DatabaseUnavailableError, and `abandon` is aborted so the
   * call gives up (a transaction then rolls back rather than commit behind its caller's back). A
   * call begun while Neo4j was down, or `cold` (just back, still warming up: warm-up.ts), gets no
   * benefit of the doubt: a starting Neo4j holds queries ~2 s before answering them, a cold one
   * plans each new query for seconds, and a client told 503 and Retry-After comes back warm.
   */
  async watch<T>(call: Promise<T>, abandon: AbortController, cold = false): Promise<T> {
    const begunDown = !this.available || cold;
    let timer: NodeJS.Timeout | undefined;
    let settled = false;
    let cut = () => {};
    const watchdog = new Promise<never>((_, reject) => {
      cut = () => {
        if (settled) return;
        abandon.abort();
        reject(new DatabaseUnavailableError(new Error('Neo4j did not answer in time')));
      };
      // Again and again while the call runs: Neo4j may stop answering after the first check.
      const check = async () => {
        if (settled) return;
        const healthy = this.#healthy();
        if (!begunDown && (await healthy)) {
          if (!settled) timer = afterIo(this.watchdog.recheckEveryMs, check);
          return;
        }
        cut();
      };
      timer = afterIo(this.watchdog.checkAfterMs, check);
    });
    this.#cuts.add(cut);
    call.catch(() => {}); // an abandoned call's own failure comes later and is not news
    try {
      return await Promise.race([call, watchdog]);
    } finally {
      settled = true;
      clearTimeout(timer);
      this.#cuts.delete(cut);
    }
  }

  /** One health check at a time, shared by every call waiting on it. */
  #healthy(): Promise<boolean> {
    const sentAt = performance.now();
    this.#check ??= answersWithin(this.ping(), this.watchdog.pingTimeoutMs)
      .then(
        () => {
          this.markAvailable();
          return true;
        },
        (error: unknown) => {
          // Late, but Neo4j completed new work meanwhile: slow, not gone.
          if (this.#latestAnsweredStart >= sentAt) return true;
          this.markUnavailable(error);
          for (const cut of [...this.#cuts]) cut();
          return false;
        },
      )
      .finally(() => {
        this.#check = null;
      });
    return this.#check;
  }
}

function answersWithin<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = afterIo(ms, () => reject(new Error(`no answer to RETURN 1 within ${ms} ms`)));
  });
  promise.catch(() => {});
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/**
 * Runs `then` `ms` from now, but only after the I/O already waiting has been handled: when the
 * event loop was busy, timers fire first, and an answer sitting in a socket would lose the race.
 */
function afterIo(ms: number, then: () => void): NodeJS.Timeout {
  return setTimeout(() => setImmediate(then), ms);
}
