/**
 * Starts the test Neo4j servers once per `npm test` (test/helpers/instances.ts): the same launcher
 * as `npm start`, but instances of their own (`test`, and `test-2` for the second worker of the
 * project "writes"), each emptied, with the schema and the seed loaded, on ports 17687/17474 and
 * 17692/17479 (plus TEST_PORT_OFFSET), so tests never touch the user's data. The first is ready
 * before any file runs; the second then starts and loads in the background while the read-only
 * files run, and its worker waits for it (test/helpers/writer-ready.ts).
 * NEO4J_TEST_URI points the tests at another server instead (it must be disposable; the writes
 * then run one at a time); NEO4J_TEST_SCHEME=neo4j has every test reach its servers through the
 * routing driver.
 */
import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { loadConfig } from '../src/config.ts';
import { type Connection, connect } from '../src/db/connect.ts';
import type { DatabaseSettings } from '../src/db/database.ts';
import { applySchema } from '../src/db/schema.ts';
import { loadSeed } from '../src/load/seed.ts';
import { ensureJars } from '../src/local-neo4j/jars.ts';
import { type LocalNeo4j, startLocalNeo4j } from '../src/local-neo4j/launcher.ts';
import {
  readyFile,
  TEST_SERVER_SETTINGS,
  type TestInstance,
  testInstances,
  writerLock,
} from './helpers/instances.ts';
import { testScheme } from './helpers/ports.ts';

type TestNeo4j = DatabaseSettings & { localDir: string };

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: TestNeo4j;
    /** The project "writes": worker n's server is the n-th (test/helpers/database.ts). */
    writerNeo4j: TestNeo4j[];
    /** Names this run in the ready files of the servers started in the background. */
    runToken: string;
  }
}

export default async function setup(project: TestProject) {
  const env = process.env;
  const [first, ...others] = testInstances();
  if (!first) throw new Error('no test instance');
  const started = Date.now();
  const settingsOf = (instance: TestInstance) => {
    const config = loadConfig({
      ...env,
      NEO4J_URI: env.NEO4J_TEST_URI ?? '',
      NEO4J_BOLT_PORT: String(instance.boltPort),
      NEO4J_HTTP_PORT: String(instance.httpPort),
    });
    const neo4j: TestNeo4j = {
      uri: config.NEO4J_URI ?? `${testScheme()}://127.0.0.1:${instance.boltPort}`,
      user: config.NEO4J_USER,
      password: config.NEO4J_PASSWORD,
      database: config.NEO4J_DATABASE,
      localDir: config.NEO4J_LOCAL_DIR,
    };
    return { config, neo4j };
  };
  const prepare = async (instance: TestInstance): Promise<Connection> => {
    const log = (line: string) => console.log(`[test neo4j ${instance.instance}] ${line}`);
    const { config } = settingsOf(instance);
    // Started here rather than by connect(): the test servers run with a tuning of their own.
    let local: LocalNeo4j | undefined;
    if (!config.NEO4J_URI) {
      local = await startLocalNeo4j({
        localDir: config.NEO4J_LOCAL_DIR,
        instance: instance.instance,
        boltPort: config.NEO4J_BOLT_PORT,
        httpPort: config.NEO4J_HTTP_PORT,
        password: config.NEO4J_PASSWORD,
        log,
        extraSettings: TEST_SERVER_SETTINGS,
      });
    }
    const connected = await connect(
      { ...config, NEO4J_URI: config.NEO4J_URI ?? local?.boltUri },
      log,
    ).catch(async (error: unknown) => {
      await local?.stop();
      throw error;
    });
    const connection: Connection = {
      ...connected,
      close: async () => {
        await connected.close();
        await local?.stop();
      },
    };
    try {
      await applySchema(connection.db);
      // Empty first: the data folder is kept between runs (a cold start costs the index builds),
      // and loading merges without deleting, so a relationship the seed has since dropped, or one
      // a run cut short left, would stay and change the answers. Then the seed, as `npm start`
      // loads it.
      await connection.db.runText(
        'MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS',
        {},
        'WRITE',
      );
      await loadSeed(connection.db);
    } catch (error) {
      await connection.close();
      throw error;
    }
    return connection;
  };

  // Once, before any server starts: two Maven runs into one folder fail.
  if (!env.NEO4J_TEST_URI) {
    await ensureJars(path.resolve(settingsOf(first).neo4j.localDir), (line) =>
      console.log(`[test neo4j] ${line}`),
    );
  }
  const runToken = `${process.pid}-${started}`;
  // No writes worker runs yet: an earlier run's claims (test/helpers/writer-ready.ts) go.
  for (const instance of [first, ...others]) {
    rmSync(writerLock(settingsOf(instance).neo4j.localDir, instance.instance), { force: true });
  }
  const connection = await prepare(first);
  console.log(
    `[test neo4j] ready in ${((Date.now() - started) / 1000).toFixed(1)} s; tests connect with ${testScheme()}://`,
  );
  // Then the others, one after another, while the read-only files run: started beside the
  // first, both cold (a fresh clone), the first file waited 42 s.
  let previous: Promise<unknown> = Promise.resolve();
  const background = others.map((instance) => {
    const { neo4j } = settingsOf(instance);
    const ready = readyFile(neo4j.localDir, instance.instance);
    rmSync(ready, { force: true });
    const say = (outcome: { error?: string }) =>
      writeFileSync(ready, JSON.stringify({ runToken, ...outcome }));
    const opening = previous
      .then(() => prepare(instance))
      .then(
        (opened) => {
          say({});
          return opened;
        },
        (error: unknown) => {
          say({ error: error instanceof Error ? error.message : String(error) });
          throw error;
        },
      );
    // Reported by the worker that waits for it; the teardown below still closes what opened.
    opening.catch(() => {});
    previous = opening.catch(() => {});
    return { neo4j, opening };
  });

  const main = settingsOf(first).neo4j;
  project.provide('neo4j', main);
  project.provide('writerNeo4j', [main, ...background.map(({ neo4j }) => neo4j)]);
  project.provide('runToken', runToken);
  return async () => {
    const opened = await Promise.allSettled(background.map((other) => other.opening));
    await Promise.all([
      connection.close(),
      ...opened.map((outcome) => (outcome.status === 'fulfilled' ? outcome.value.close() : null)),
    ]);
  };
}
