/**
 * The benchmark's own Neo4j: a local instance apart from the user's (`default`) and the tests'
 * (`test`), started empty every time (its data folder is deleted first), with a larger heap and
 * page cache, and APOC core in its plugins when the peer (@neo4j/graphql) is measured.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { loadConfig } from '../config.ts';
import { Database, type DatabaseSettings } from '../db/database.ts';
import { applySchema } from '../db/schema.ts';
import { waitForDatabase } from '../db/wait.ts';
import { type LocalNeo4j, startLocalNeo4j, stopServer } from '../local-neo4j/launcher.ts';
import { isOurServer, readRecord, removeRecord } from '../local-neo4j/pidfile.ts';

export interface BenchInstance {
  name: string;
  boltPort: number;
  httpPort: number;
  heap: string;
  pageCache: string;
}

export const BENCH_INSTANCE: BenchInstance = {
  name: 'bench',
  boltPort: Number(process.env.BENCH_NEO4J_BOLT_PORT ?? 17787),
  httpPort: Number(process.env.BENCH_NEO4J_HTTP_PORT ?? 17574),
  heap: '2g',
  pageCache: '2g',
};

/** `npm test`'s tiny benchmark: its own folder and ports, so it never meets a running bench. */
export const SMOKE_INSTANCE: BenchInstance = {
  name: 'bench-smoke',
  boltPort: 17887,
  httpPort: 17674,
  heap: '512m',
  pageCache: '256m',
};

/** APOC core of the 5.26 line, as published on Maven Central (the peer needs it). */
export const APOC_ARTIFACT = 'org.neo4j.procedure:apoc-core:5.26.19';

export interface BenchDatabase {
  db: Database;
  settings: DatabaseSettings;
  server: LocalNeo4j;
  close(): Promise<void>;
}

export async function startEmptyBenchDatabase(
  instance: BenchInstance,
  options: { apoc: boolean; log: (line: string) => void },
): Promise<BenchDatabase> {
  const config = loadConfig();
  const localDir = path.resolve(config.NEO4J_LOCAL_DIR);
  const home = path.join(localDir, instance.name);
  await stopRunning(home, options.log);
  // A fresh store: deleting the folder is faster than deleting a million relationships.
  await rm(path.join(home, 'data'), { recursive: true, force: true });
  if (options.apoc) ensureApoc(path.join(home, 'plugins'), options.log);
  const server = await startLocalNeo4j({
    localDir,
    instance: instance.name,
    boltPort: instance.boltPort,
    httpPort: instance.httpPort,
    password: config.NEO4J_PASSWORD,
    heap: instance.heap,
    pageCache: instance.pageCache,
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
    close: async () => {
      await db.close();
      await server.stop();
    },
  };
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

/** Fetches the APOC core jar with Maven into the instance's plugins folder, once. */
function ensureApoc(plugins: string, log: (line: string) => void): void {
  mkdirSync(plugins, { recursive: true });
  if (existsSync(plugins) && readdirSync(plugins).some((f) => f.startsWith('apoc-core-'))) return;
  log(`Fetching ${APOC_ARTIFACT} with Maven into ${plugins}...`);
  const result = spawnSync(
    'mvn',
    ['-B', '-q', 'dependency:copy', `-Dartifact=${APOC_ARTIFACT}`, `-DoutputDirectory=${plugins}`],
    { encoding: 'utf8' },
  );
  if (result.status !== 0) {
    throw new Error(`Maven could not fetch ${APOC_ARTIFACT}:\n${result.stdout}${result.stderr}`);
  }
}
