import neo4j, { type Driver } from 'neo4j-driver';
import { afterAll, inject, type ProvidedContext } from 'vitest';
import { Database, type DatabaseOptions } from '../../src/db/database.ts';
import { WRITER } from './instances.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The file runs in the project "read-only" (vitest.config.ts). */
    readOnly: boolean;
    /** The file runs in the project "writes", on its worker's own server. */
    perWorker: boolean;
  }
}

/**
 * The test Neo4j of this file: the shared one (global-setup.ts); in the project "writes", whose
 * files run side by side, the one its worker claimed (test/helpers/writer-ready.ts), so that the
 * file is alone on its graph. Tests take their server from here, never from `inject('neo4j')`.
 */
export function testNeo4j(): ProvidedContext['neo4j'] {
  if (!inject('perWorker')) return inject('neo4j');
  const claimed = (globalThis as { [WRITER]?: number })[WRITER];
  const neo4j = claimed === undefined ? undefined : inject('writerNeo4j')[claimed];
  if (!neo4j)
    throw new Error('This writes worker holds no test Neo4j (test/helpers/writer-ready.ts).');
  return neo4j;
}

/**
 * A Database on the file's test Neo4j (testNeo4j), closed after the file's tests. In the
 * read-only project every session it opens is a READ one, whatever the call asks for: Neo4j
 * refuses a write there ("Writing in read access mode not allowed"), even one that would be
 * rolled back or change nothing, so a file that tries to write fails at the statement that does.
 */
export function testDatabase(options: DatabaseOptions = {}): Database {
  const db = new Database(testNeo4j(), options);
  if (inject('readOnly')) readSessionsOnly(db.driver);
  afterAll(() => db.close());
  return db;
}

function readSessionsOnly(driver: Driver): void {
  const open = driver.session.bind(driver);
  driver.session = (config = {}) => open({ ...config, defaultAccessMode: neo4j.session.READ });
}
