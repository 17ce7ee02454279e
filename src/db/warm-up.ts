/**
 * A Neo4j that has just (re)started plans each query shape anew, on a cold JVM: on a busy two-core
 * machine the first answers took 7.5 s and more than 16 s (test/faults/neo4j-outage.test.ts),
 * while `RETURN 1` and /ready's schema check answered at once. So the server remembers the read
 * shapes it runs most lately and, when Neo4j answers again after an outage, runs them once more
 * before /ready says 200 again: a load balancer keeps the replica out while its Neo4j is cold, and
 * the requests that come once it is back find their plans cached.
 */
import neo4j, { type Driver } from 'neo4j-driver';

/** The read shapes kept: a front end's working set of operations, not every one ever seen. */
const KEPT = 32;
/** Two at a time: enough to use two cores, without crowding out the requests arriving meanwhile. */
const CONCURRENCY = 2;
/** Each run's own limit: a warm-up that cannot finish must not hold readiness back for long. */
const RUN_TIMEOUT_MS = 20_000;
/** The whole warm-up's: past it /ready says 200 whatever is left; requests plan the rest. */
const DEADLINE_MS = 45_000;

interface Shape {
  text: string;
  params: Record<string, unknown>;
}

/** The latest-used read shapes with the parameters they last ran with (least recent dropped). */
export class RecentReads {
  readonly #shapes = new Map<string, Shape>();

  record(text: string, params: Record<string, unknown>): void {
    this.#shapes.delete(text);
    this.#shapes.set(text, { text, params });
    if (this.#shapes.size > KEPT) this.#shapes.delete(this.#shapes.keys().next().value as string);
  }

  /** Most recent first: they come back first. */
  list(): Shape[] {
    return [...this.#shapes.values()].reverse();
  }
}

export interface WarmUpProgress {
  done: number;
  total: number;
}

/**
 * Runs the recent read shapes again (reads only, so running them changes nothing), straight on
 * the driver: not under the watchdog, whose 1.5 s a cold Neo4j would miss on every one. One at a
 * time per shape; a new warm-up asked for while one runs joins it.
 */
export class WarmUp {
  #running: Promise<void> | null = null;
  #progress: WarmUpProgress | null = null;

  constructor(
    private readonly driver: Driver,
    private readonly database: string,
    private readonly recent: RecentReads,
    private readonly log: (line: string) => void = () => {},
  ) {}

  /** Where a warm-up in progress stands; null when none runs. */
  get progress(): WarmUpProgress | null {
    return this.#progress;
  }

  start(): Promise<void> {
    this.#running ??= this.#run().finally(() => {
      this.#running = null;
      this.#progress = null;
    });
    return this.#running;
  }

  async #run(): Promise<void> {
    const shapes = this.recent.list();
    if (shapes.length === 0) return;
    const started = Date.now();
    const progress = { done: 0, total: shapes.length };
    this.#progress = progress;
    let failed = 0;
    const worker = async () => {
      for (let shape = shapes.shift(); shape; shape = shapes.shift()) {
        if (Date.now() - started > DEADLINE_MS) return;
        if (!(await this.#runOnce(shape))) failed += 1;
        progress.done += 1;
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    const took = ((Date.now() - started) / 1000).toFixed(1);
    const left = progress.total - progress.done;
    const notes = [
      failed ? `${failed} failed` : '',
      left ? `${left} left (past ${DEADLINE_MS / 1000} s)` : '',
    ]
      .filter(Boolean)
      .join(', ');
    this.log(
      `Warmed up ${progress.done} recent read shapes in ${took} s${notes ? ` (${notes})` : ''}.`,
    );
  }

  /** True when it ran; a failure (Neo4j gone again, a timeout) is only counted. */
  async #runOnce({ text, params }: Shape): Promise<boolean> {
    const session = this.driver.session({
      database: this.database,
      defaultAccessMode: neo4j.session.READ,
    });
    try {
      await session.run(text, params, { timeout: RUN_TIMEOUT_MS });
      return true;
    } catch {
      return false;
    } finally {
      await session.close().catch(() => {});
    }
  }
}
