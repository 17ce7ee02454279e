/**
 * Starts the test Neo4j once per `npm test`: the same launcher as `npm start`, but instance
 * `test` (its own data folder), emptied, with the schema and the seed loaded, on ports 17687/17474 (plus TEST_PORT_OFFSET), so tests never touch the user's data.
 * NEO4J_TEST_URI points the tests at another server instead (it must be disposable);
 * NEO4J_TEST_SCHEME=neo4j has every test reach its server through the routing driver.
 */
import type { TestProject } from 'vitest/node';
import { loadConfig } from '../src/config.ts';
import { connect } from '../src/db/connect.ts';
import type { DatabaseSettings } from '../src/db/database.ts';
import { applySchema } from '../src/db/schema.ts';
import { loadSeed } from '../src/load/seed.ts';
import { testPort, testScheme } from './helpers/ports.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: DatabaseSettings & { localDir: string };
  }
}

export default async function setup(project: TestProject) {
  const env = process.env;
  const config = loadConfig({
    ...env,
    NEO4J_URI: env.NEO4J_TEST_URI ?? '',
    NEO4J_BOLT_PORT: env.NEO4J_TEST_BOLT_PORT ?? String(testPort(17687)),
    NEO4J_HTTP_PORT: env.NEO4J_TEST_HTTP_PORT ?? String(testPort(17474)),
  });
  const started = Date.now();
  const log = (line: string) => console.log(`[test neo4j] ${line}`);
  const connection = await connect(config, log, { instance: 'test' });
  await applySchema(connection.db);
  // Empty first: the data folder is kept between runs (a cold start costs the index builds), and
  // loading merges without deleting, so a relationship the seed has since dropped, or one a run
  // cut short left, would stay and change the answers. Then the seed, as `npm start` loads it.
  await connection.db.runText(
    'MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS',
    {},
    'WRITE',
  );
  await loadSeed(connection.db);
  console.log(
    `[test neo4j] ready in ${((Date.now() - started) / 1000).toFixed(1)} s; tests connect with ${testScheme()}://`,
  );
  const local = connection.local?.boltUri.replace(/^bolt:/, `${testScheme()}:`);
  project.provide('neo4j', {
    uri: config.NEO4J_URI ?? local ?? '',
    user: config.NEO4J_USER,
    password: config.NEO4J_PASSWORD,
    database: config.NEO4J_DATABASE,
    localDir: config.NEO4J_LOCAL_DIR,
  });
  return async () => {
    await connection.close();
  };
}
