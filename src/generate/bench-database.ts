import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { loadConfig } from '../config.ts';
import { Database, type DatabaseSettings } from '../db/database.ts';
import { applySchema } from '../db/schema.ts';
import { waitForDatabase } from '../db/wait.ts';
import { ensureJars } from '../local-neo4j/jars.ts';
import { type LocalNeo4j, startLocalNeo4j, stopServer } from '../local-neo4j/launcher.ts';
import { isOurServer, readRecord, removeRecord } from '../local-neo4j/pidfile.ts';
import { fetchApoc, linkLib } from './apoc.ts';

export interface BenchInstance {
  name: string;
  boltPort: number;
  httpPort: number;
  heap: string;
  pageCache: string;
  /**
   * db.transaction.timeout: none for the bench ('0s'). Its graph loads each generated file in one
   * transaction, which on a busy two-core machine can outlast the local default of 120 s; every
   * API request still carries its own timeout (NEO4J_QUERY_TIMEOUT_MS).
   */
  transactionTimeout?: string;
}

export const BENCH_INSTANCE: BenchInstance = {
  name: 'bench',
  boltPort: Number(process.env.BENCH_NEO4J_BOLT_PORT ?? 17787),
  httpPort: Number(process.env.BENCH_NEO4J_HTTP_PORT ?? 17574),
  heap: '2g',
  pageCache: '2g',
  transactionTimeout: '0s',
};

/** TEST_PORT_OFFSET moves the smoke instance too, so two checkouts can test at once. */
function portOffset(): number {
  return Number(process.env.TEST_PORT_OFFSET ?? 0) || 0;
}

/** `npm test`'s tiny benchmark: its own folder and ports, so it never meets a running bench. */
export const SMOKE_INSTANCE: BenchInstance = {
  name: 'bench-smoke',
  boltPort: 17887 + portOffset(),
  httpPort: 17674 + portOffset(),
  heap: '512m',
  pageCache: '256m',
};

export interface BenchDatabase {
  db: Database;
  settings: DatabaseSettings;
  server: LocalNeo4j;
  /** What the store already held, when `reuse` named the graph it holds (else null: empty). */
  reused: unknown;
  /** Records that the store now holds the graph `reuse` names, with `report` (its load's figures). */
  markLoaded(report: unknown): void;
  close(): Promise<void>;
}

/** Which graph a bench store holds: written after a load, read by `--reuse-graph`. */
const LOADED_GRAPH = 'loaded-graph.json';

export async function startEmptyBenchDatabase(
  instance: BenchInstance,
  options: {
    apoc: boolean;
    log: (line: string) => void;
    /**
     * The graph wanted (its generator's seed and size): when the store holds exactly it (the
     * last run loaded it and wrote so), keep the store instead of starting empty. For iterating
     * on the read path; a measured run to publish starts empty.
     */
    reuse?: string;
  },
): Promise<BenchDatabase> {
  const config = loadConfig();
  const projectDir = path.resolve(config.NEO4J_LOCAL_DIR);
  const localDir = path.join(projectDir, 'with-apoc');
  const home = path.join(localDir, instance.name);
  await stopRunning(home, options.log);
  const marker = path.join(home, LOADED_GRAPH);
  const held = readLoaded(marker);
  const reused = options.reuse !== undefined && held?.graph === options.reuse ? held.report : null;
  if (reused) options.log(`Reusing the store's graph (${options.reuse}); not loading it again.`);
  else {
    // A fresh store: deleting the folder is faster than deleting a million relationships.
    await rm(marker, { force: true });
    await rm(path.join(home, 'data'), { recursive: true, force: true });
  }
  const apocJars = fetchApoc(path.join(localDir, 'apoc'), options.log);
  await linkLib(await ensureJars(projectDir, options.log), path.join(localDir, 'lib'), apocJars);
  const plugins = path.join(home, 'plugins');
  await rm(plugins, { recursive: true, force: true });
  mkdirSync(plugins, { recursive: true });
  if (options.apoc)
    for (const jar of apocJars) copyFileSync(jar, path.join(plugins, path.basename(jar)));
  const server = await startLocalNeo4j({
    localDir,
    instance: instance.name,
    boltPort: instance.boltPort,
    httpPort: instance.httpPort,
    password: config.NEO4J_PASSWORD,
    heap: instance.heap,
    pageCache: instance.pageCache,
    transactionTimeout: instance.transactionTimeout,
    log: options.log,
  });
  const settings = {
    uri: server.boltUri,
    user: config.NEO4J_USER,
    password: config.NEO4J_PASSWORD,
    database: config.NEO4J_DATABASE,
  };
  const db = new Database(settings);
  try {
    await waitForDatabase(db, 120_000);
    await applySchema(db);
  } catch (error) {
    await db.close();
    await server.stop();
    throw error;
  }
  return {
    db,
    settings,
    server,
    reused,
    markLoaded: (report) => {
      if (options.reuse === undefined) return;
      writeFileSync(marker, JSON.stringify({ graph: options.reuse, report }));
    },
    close: async () => {
      await db.close();
      await server.stop();
    },
  };
}

function readLoaded(file: string): { graph: string; report: unknown } | null {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as { graph: string; report: unknown };
  } catch {
    return null; // none written, or unreadable: start empty
  }
}

async function stopRunning(home: string, log: (line: string) => void): Promise<void> {
  const recordFile = path.join(home, 'run', 'server.json');
  const record = readRecord(recordFile);
  if (!record) return;
  if (isOurServer(record.pid, home)) {
    log(`Stopping the benchmark Neo4j left running (pid ${record.pid}) to start it empty.`);
    await stopServer(record.pid);
  }
  await removeRecord(recordFile);
}
