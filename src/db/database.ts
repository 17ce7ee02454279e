import neo4j, { type Driver, isRetryableError, type QueryResult, type Session } from 'neo4j-driver';
import { toPlain } from './convert.ts';
import type { CypherQuery } from './cypher.ts';
import { databaseError, isUnavailable } from './errors.ts';
import { Availability, type AvailabilityEvents, WATCHDOG } from './wait.ts';

export interface DatabaseOptions extends AvailabilityEvents {
  /**
   * For a server answering requests: a call Neo4j does not answer is cut within 1.5 s (the
   * watchdog, see wait.ts). Off by default: a tool or a test set-up would rather wait for a
   * Neo4j that is just starting (its first query on a cold server can take seconds).
   */
  failFast?: boolean;
  /**
   * The timeout (ms) Neo4j gives each transaction unless the call brings its own: the API's
   * NEO4J_QUERY_TIMEOUT_MS. 0 or unset: none of ours, so the server's `db.transaction.timeout`
   * applies (120 s on the local Neo4j). Tools that write for long (seed, import) leave it unset.
   */
  queryTimeoutMs?: number;
}

/** Per call: a timeout (ms) in place of the Database's (0: none of ours), and metadata. */
export interface QueryOptions {
  timeout?: number;
  /** Shown by `SHOW TRANSACTIONS YIELD metaData`: which write this is, for whom. */
  metadata?: Record<string, unknown>;
}

export interface TransactionOptions extends QueryOptions {
  /** false: roll back at the end instead of committing (a dry run). */
  commit?: boolean;
  /** false: a transient failure is reported, not retried (a failed import is not replayed). */
  retry?: boolean;
}

export interface DatabaseSettings {
  uri: string;
  user: string;
  password: string;
  database: string;
}

/**
 * Driver settings measured in test/faults/: with them a stopped Neo4j fails a request in well
 * under 2 s, and a restarted one serves the next request (no pool left holding dead connections).
 */
export const DRIVER_CONFIG = {
  // Loopback and LAN connect in milliseconds and Aura's TLS handshake in a few hundred: a
  // connection not open after 1.5 s is not coming, and waiting longer breaks the 2 s promise.
  connectionTimeout: 1500,
  // Waiting for a pooled connection includes opening one; a little over connectionTimeout.
  connectionAcquisitionTimeout: 1800,
  // Idle connections are checked (one RESET) before reuse after 30 s, so one cut by a firewall
  // or a load balancer while idle is replaced instead of failing a request.
  connectionLivenessCheckTimeout: 30_000,
  // Database retries in `#retrying` below: the driver's own retry waits a whole second before its
  // first. (Callers of driver.executeQuery outside this class still get that one retry.)
  maxTransactionRetryTime: 0,
  userAgent: 'exposure-graph',
};

/** Retries of transient failures (a deadlock, a dropped connection) stop once this is spent. */
const RETRY_BUDGET_MS = 800;
const FIRST_RETRY_DELAY_MS = 25;

type Mode = 'READ' | 'WRITE';
/** Timeout and metadata of one transaction (the driver does not export the type by name). */
type TransactionConfig = NonNullable<Parameters<Session['run']>[2]>;
/** Runs a declared query inside the current transaction and returns plain rows. */
export type Run = <P extends object, R>(query: CypherQuery<P, R>, params: P) => Promise<R[]>;

/**
 * The one driver of the process and the only place that runs Cypher. Every failure that means
 * "Neo4j is unavailable" leaves here as a DatabaseUnavailableError (code DATABASE_UNAVAILABLE),
 * with `failFast` in under 2 s. While Neo4j is known to be down each call makes one attempt, no
 * retries, and the first that succeeds marks it available again: no restart needed.
 */
export class Database {
  readonly driver: Driver;
  readonly name: string;
  readonly availability: Availability;
  readonly failFast: boolean;
  readonly queryTimeoutMs: number;
  /** Round trips since start; tests read it to prove batching. */
  roundTrips = 0;

  constructor(
    settings: DatabaseSettings,
    { failFast = false, queryTimeoutMs = 0, ...events }: DatabaseOptions = {},
  ) {
    this.name = settings.database;
    const auth = neo4j.auth.basic(settings.user, settings.password);
    this.driver = neo4j.driver(settings.uri, auth, DRIVER_CONFIG);
    const ping = () => this.#withSession('READ', (session) => session.run('RETURN 1'));
    this.availability = new Availability(ping, WATCHDOG, events);
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
    return this.runText<Row>(query.text, params as Record<string, unknown>, mode, options);
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
    options: QueryOptions = {},
  ): Promise<QueryResult> {
    const config = this.#config(options);
    return this.#attempts(config, true, () =>
      this.#withSession(mode, async (session) => {
        this.roundTrips += 1;
        return await session.run(text, params, config);
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
      this.#withSession(mode, async (session) => {
        const tx = session.beginTransaction(config);
        try {
          const result = await work(async (query, params) => {
            // Given up on (the watchdog): the rest of the work would be rolled back anyway.
            if (abandoned.aborted) throw abandoned.reason;
            this.roundTrips += 1;
            const answer = await tx.run(query.text, params);
            return answer.records.map((record) => toPlain(record.toObject()) as never);
          });
          // Our caller was told "unavailable": committing now would write behind its back.
          if (abandoned.aborted) throw abandoned.reason;
          if (commit) await tx.commit();
          else await tx.rollback();
          return result;
        } finally {
          if (tx.isOpen()) await tx.rollback().catch(() => {});
        }
      }),
    );
  }

  async close(): Promise<void> {
    await this.driver.close();
  }

  async #withSession<T>(mode: Mode, use: (session: Session) => Promise<T>): Promise<T> {
    const session = this.driver.session({
      database: this.name,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
      // Read-your-writes across sessions on a cluster, as driver.executeQuery does.
      bookmarkManager: this.driver.executeQueryBookmarkManager,
    });
    try {
      return await use(session);
    } finally {
      // Closing a session whose connection broke must not hide why it broke.
      await session.close().catch(() => {});
    }
  }

  /** The call's timeout, else ours; none at all when that is 0 (the server's default applies). */
  #config({ timeout = this.queryTimeoutMs, metadata }: QueryOptions): TransactionConfig {
    return { ...(timeout > 0 ? { timeout } : {}), ...(metadata ? { metadata } : {}) };
  }

  /** `attempt` retried briefly on transient failures (once down, tried once), under the watchdog. */
  #attempts<T>(
    config: TransactionConfig,
    retry: boolean,
    attempt: (abandoned: AbortSignal) => Promise<T>,
  ): Promise<T> {
    const abandon = new AbortController();
    const call = this.#retrying(attempt, abandon.signal, retry, config.timeout);
    return this.failFast ? this.availability.watch(call, abandon) : call;
  }

  async #retrying<T>(
    attempt: (abandoned: AbortSignal) => Promise<T>,
    abandoned: AbortSignal,
    retries: boolean,
    timeout: TransactionConfig['timeout'],
  ) {
    const started = Date.now();
    for (let delay = FIRST_RETRY_DELAY_MS; ; delay *= 2) {
      try {
        const result = await attempt(abandoned);
        this.availability.markAvailable();
        return result;
      } catch (error) {
        const retry =
          retries &&
          this.availability.available &&
          !abandoned.aborted &&
          isRetryableError(error) &&
          Date.now() - started + delay <= RETRY_BUDGET_MS;
        if (!retry) {
          if (isUnavailable(error)) this.availability.markUnavailable(error);
          throw databaseError(error, Number(timeout ?? 0));
        }
        await new Promise((resolve) => setTimeout(resolve, delay));
      }
    }
  }
}
