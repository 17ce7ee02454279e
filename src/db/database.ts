import type { Driver, QueryResult } from 'neo4j-driver';
import { observeQuery } from '../observability/neo4j.ts';
import { attempts } from './attempts.ts';
import { Availability, type AvailabilityEvents, WATCHDOG } from './availability.ts';
import { toPlain } from './convert.ts';
import type { CypherQuery } from './cypher.ts';
import { createDriver, type DatabaseSettings } from './driver.ts';
import { DatabaseUnavailableError, isTimeout, QueryTimeoutError } from './errors.ts';
import { HeavyLine } from './heavy-line.ts';
import {
  inTransaction,
  type Mode,
  ping,
  type Run,
  rememberWrite,
  type TransactionConfig,
  withSession,
} from './sessions.ts';
import { withoutStackCapture } from './uncaptured.ts';
import { RecentReads, WarmUp } from './warm-up.ts';

export { type DatabaseSettings, DRIVER_CONFIG } from './driver.ts';

export interface DatabaseOptions extends AvailabilityEvents {
  /**
   * For a server answering requests: a call Neo4j does not answer is cut within 1.5 s (the
   * watchdog, see availability.ts). Off by default: a tool or a test set-up would rather wait for
   * a Neo4j that is just starting (its first query on a cold server can take seconds).
   */
  failFast?: boolean;
  /**
   * The timeout (ms) Neo4j gives each transaction unless the call brings its own: the API's
   * NEO4J_QUERY_TIMEOUT_MS. 0 or unset: none of ours, so the server's `db.transaction.timeout`
   * applies (120 s on the local Neo4j). Tools that write for long (seed, import) leave it unset.
   */
  queryTimeoutMs?: number;
  /** The summary line of a warm-up after an outage (warm-up.ts), for the server's log. */
  onWarmedUp?: (summary: string) => void;
  /**
   * How many heavy statements (a query declared `heavy`) run in Neo4j at once; the others wait
   * in line (heavy-line.ts). The API's HEAVY_QUERY_CONCURRENCY; 0 or unset: no line.
   */
  heavyConcurrency?: number;
  /**
   * `exposedFirms` may rank from the exposure reach index when it is fresh (src/exposure/rank.ts):
   * the API's EXPOSURE_REACH_INDEX. Unset: it always walks (tools and tests).
   */
  reachIndex?: boolean;
}

/** The shortest outage after which Neo4j may have restarted: a restart took 20-100 s here. */
const RESTART_MIN_MS = 5000;

/** Per call: a timeout (ms) in place of the Database's (0: none of ours), and metadata. */
export interface QueryOptions {
  timeout?: number;
  /** Shown by `SHOW TRANSACTIONS YIELD metaData`: which write this is, for whom. */
  metadata?: Record<string, unknown>;
  /** What metrics and traces call Cypher that is not a declared query (`run` uses its file). */
  name?: string;
}

export interface TransactionOptions extends QueryOptions {
  /** false: roll back at the end instead of committing (a dry run). */
  commit?: boolean;
  /** false: a transient failure is reported, not retried (a failed import is not replayed). */
  retry?: boolean;
}

export type { Run } from './sessions.ts';

/**
 * The one driver of the process and the only place that runs Cypher. Reads run in READ
 * sessions and writes in WRITE ones, so on a cluster (neo4j://) the driver sends reads to
 * followers and read replicas and writes to the leader. Every transaction of a request waits for
 * the bookmarks its client sent back, and a write leaves its bookmark on the request
 * (request-scope.ts) for the client to send back: read-your-writes on any replica. Failures leave
 * typed (attempts.ts); every round trip is timed and traced by its Cypher file (observability/).
 */
export class Database {
  readonly driver: Driver;
  readonly name: string;
  readonly availability: Availability;
  /** The read shapes a server ran lately, run again when Neo4j is back from an outage. */
  readonly recentReads = new RecentReads();
  /** Its progress is /ready's: 503 `warming` while it runs (http/health.ts). */
  readonly warmUp: WarmUp;
  /** The watchdog is on (DatabaseOptions.failFast); a server turns it on once it serves. */
  failFast: boolean;
  readonly queryTimeoutMs: number;
  /** Round trips since start; tests read it to prove batching. */
  roundTrips = 0;
  /** Where heavy statements wait their turn; null: they run at once. */
  readonly heavyLine: HeavyLine | null;
  /** `exposedFirms` may rank from the reach index (DatabaseOptions.reachIndex). */
  readonly reachIndex: boolean;

  constructor(
    settings: DatabaseSettings,
    {
      failFast = false,
      queryTimeoutMs = 0,
      onWarmedUp,
      heavyConcurrency = 0,
      reachIndex = false,
      ...events
    }: DatabaseOptions = {},
  ) {
    this.reachIndex = reachIndex;
    this.name = settings.database;
    this.heavyLine = heavyConcurrency > 0 ? new HeavyLine(heavyConcurrency) : null;
    this.driver = createDriver(settings);
    this.warmUp = new WarmUp(this.driver, this.name, this.recentReads, onWarmedUp);
    this.availability = new Availability(() => ping(this.driver, this.name), WATCHDOG, {
      ...events,
      onAvailable: (downMs) => {
        events.onAvailable?.(downMs);
        // Back from an outage long enough to have been a restart: a cold Neo4j (warm-up.ts).
        // A shorter one (a pause, a late health check on a busy machine) leaves it warm, and
        // warming then would only hold /ready and cut requests for nothing.
        if (this.failFast && downMs >= RESTART_MIN_MS) void this.warmUp.start();
      },
    });
    this.failFast = failFast;
    this.queryTimeoutMs = queryTimeoutMs;
  }

  /** Runs a declared query in its own transaction and returns plain rows. */
  async run<Params extends object, Row>(
    query: CypherQuery<Params, Row>,
    params: Params,
    mode: Mode = 'READ',
    options: QueryOptions = {},
  ): Promise<Row[]> {
    const run = (withName: QueryOptions) =>
      this.runText<Row>(query.text, params as Record<string, unknown>, mode, withName);
    const named = { name: query.name, ...options };
    if (!query.heavy || !this.heavyLine) return run(named);
    // In line, the time it waits counts towards its limit: Neo4j gets what is left.
    return this.heavyLine.run(options.timeout ?? this.queryTimeoutMs, (timeout) =>
      run({ ...named, timeout }),
    );
  }

  /** For Cypher that is not a declared query (schema files, tests). Still parameterised. */
  async runText<Row>(
    text: string,
    params: Record<string, unknown> = {},
    mode: Mode = 'READ',
    options: QueryOptions = {},
  ): Promise<Row[]> {
    const { records } = await this.runRaw(text, params, mode, options);
    return records.map((record) => toPlain(record.toObject()) as Row);
  }

  /**
   * The driver's own result: records with its types (Integer, Date, DateTime), for the export to
   * tell them apart, and the summary (schema changes counted). Resolvers use `run`.
   */
  async runRaw(
    text: string,
    params: Record<string, unknown> = {},
    mode: Mode = 'READ',
    { name = 'inline', ...options }: QueryOptions = {},
  ): Promise<QueryResult> {
    const config = this.#config(options);
    if (mode === 'READ' && this.failFast) this.recentReads.record(text, params);
    return this.#attempts(config, true, () =>
      withSession(this.driver, this.name, mode, async (session) => {
        this.roundTrips += 1;
        const label = { name, mode, database: this.name };
        const result = await observeQuery(
          label,
          async () => await withoutStackCapture(() => session.run(text, params, config)),
        );
        if (mode === 'WRITE') rememberWrite(session);
        return result;
      }),
    );
  }

  /**
   * Runs `work` in one transaction: everything it runs commits together or not at all. Transient
   * failures retry the whole function (unless `retry: false`), so `work` must be repeatable.
   */
  async transaction<T>(
    mode: Mode,
    work: (run: Run) => Promise<T>,
    { commit = true, retry = true, ...options }: TransactionOptions = {},
  ): Promise<T> {
    const config = this.#config(options);
    return this.#attempts(config, retry, (abandoned) =>
      withSession(this.driver, this.name, mode, (session) =>
        inTransaction(session, {
          mode,
          database: this.name,
          config,
          commit,
          abandoned,
          sent: () => {
            this.roundTrips += 1;
          },
          work,
        }),
      ),
    );
  }

  async close(): Promise<void> {
    await this.driver.close();
  }

  /** The call's timeout, else ours; none at all when that is 0 (the server's default applies). */
  #config({ timeout = this.queryTimeoutMs, metadata }: QueryOptions): TransactionConfig {
    return { ...(timeout > 0 ? { timeout } : {}), ...(metadata ? { metadata } : {}) };
  }

  #attempts<T>(config: TransactionConfig, retry: boolean, attempt: (a: AbortSignal) => Promise<T>) {
    const timeoutMs = Number(config.timeout ?? 0);
    const cold = this.warmUp.progress !== null;
    const options = { failFast: this.failFast, retry, timeoutMs, cold };
    const call = attempts(this.availability, options, attempt);
    if (!cold) return call;
    // Begun while a Neo4j back from an outage is still cold: a timeout then is Neo4j not ready
    // (503, try again), not a query too big ("ask for less" would send the client astray).
    return call.catch((error: unknown) => {
      if (!isTimeout(error)) throw error;
      throw new DatabaseUnavailableError(error instanceof QueryTimeoutError ? error.cause : error);
    });
  }
}
