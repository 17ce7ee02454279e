import type { Config } from '../config.ts';
import { type LocalNeo4j, startLocalNeo4j } from '../local-neo4j/launcher.ts';
import { Database } from './database.ts';
import { DatabaseUnavailableError } from './errors.ts';
import { waitForDatabase } from './wait.ts';

export interface Connection {
  db: Database;
  /** Set when NEO4J_URI was unset and the project runs its own server. */
  local?: LocalNeo4j;
  /**
   * Closes the driver, then stops the local server if this process owns it, killing it if it
   * has not stopped within `withinMs` (default 30 s).
   */
  close(withinMs?: number): Promise<void>;
}

export interface ConnectOptions {
  /** The local server's instance folder under NEO4J_LOCAL_DIR. */
  instance?: string;
  /**
   * The timeout of each transaction, in ms (Database's `queryTimeoutMs`): the API passes
   * NEO4J_QUERY_TIMEOUT_MS. Unset for the command-line tools: an import or an export takes what
   * it takes, within the server's own `db.transaction.timeout`.
   */
  queryTimeoutMs?: number;
  /** Heavy statements run at once (Database's `heavyConcurrency`): the API's HEAVY_QUERY_CONCURRENCY. */
  heavyConcurrency?: number;
  /** exposedFirms may rank from the reach index (Database's `reachIndex`): EXPOSURE_REACH_INDEX. */
  reachIndex?: boolean;
}

/**
 * NEO4J_URI set: use it as given (bolt://, neo4j:// routing, +s variants).
 * Unset: start (or reuse) the project's own Neo4j under NEO4J_LOCAL_DIR.
 */
export async function connect(
  config: Config,
  log: (line: string) => void,
  {
    instance = 'default',
    queryTimeoutMs = 0,
    heavyConcurrency = 0,
    reachIndex = false,
  }: ConnectOptions = {},
): Promise<Connection> {
  let local: LocalNeo4j | undefined;
  if (!config.NEO4J_URI) {
    local = await startLocalNeo4j({
      localDir: config.NEO4J_LOCAL_DIR,
      instance,
      boltPort: config.NEO4J_BOLT_PORT,
      httpPort: config.NEO4J_HTTP_PORT,
      password: config.NEO4J_PASSWORD,
      log,
    });
  }
  const db = new Database(
    {
      uri: config.NEO4J_URI ?? local?.boltUri ?? '',
      user: config.NEO4J_USER,
      password: config.NEO4J_PASSWORD,
      database: config.NEO4J_DATABASE,
    },
    {
      // No watchdog while Neo4j starts, the schema is built and the seed loads: a cold server
      // answers its first queries late, and would look down. main.ts turns it on to serve.
      queryTimeoutMs,
      heavyConcurrency,
      reachIndex,
      // Operators see why (the driver's words); clients only ever see DATABASE_UNAVAILABLE.
      onUnavailable: (error) => log(`Neo4j is unavailable: ${firstLine(error)}`),
      onAvailable: (downMs) => log(`Neo4j answers again (${(downMs / 1000).toFixed(1)} s down).`),
      onWarmedUp: log,
    },
  );
  try {
    await waitForDatabase(db);
  } catch (error) {
    await db.close();
    await local?.stop();
    throw explainAuthFailure(error, local);
  }
  return {
    db,
    ...(local ? { local } : {}),
    close: async (withinMs) => {
      await db.close();
      await local?.stop(withinMs);
    },
  };
}

function firstLine(error: unknown): string {
  const cause = error instanceof DatabaseUnavailableError ? error.cause : error;
  return String(cause instanceof Error ? cause.message : cause).split('\n')[0] ?? '';
}

function explainAuthFailure(error: unknown, local: LocalNeo4j | undefined): unknown {
  const code = (error as { code?: string }).code ?? '';
  if (!code.startsWith('Neo.ClientError.Security') || !local) return error;
  return new Error(
    `The local Neo4j in ${local.home} refused NEO4J_USER/NEO4J_PASSWORD. Its password was set on its first start; use that one, or delete ${local.home}/data to start afresh.`,
    { cause: error },
  );
}
