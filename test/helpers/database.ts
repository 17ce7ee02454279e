import neo4j, { type Driver } from 'neo4j-driver';
import { afterAll, inject } from 'vitest';
import { Database, type DatabaseOptions } from '../../src/db/database.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The file runs in the project "read-only" (vitest.config.ts). */
    readOnly: boolean;
  }
}

/**
 * A Database on the test Neo4j that global-setup started, closed after the file's tests. In the
 * read-only project every session it opens is a READ one, whatever the call asks for: Neo4j
 * refuses a write there ("Writing in read access mode not allowed"), even one that would be
 * rolled back or change nothing, so a file that tries to write fails at the statement that does.
 */
export function testDatabase(options: DatabaseOptions = {}): Database {
  const db = new Database(inject('neo4j'), options);
  if (inject('readOnly')) readSessionsOnly(db.driver);
  afterAll(() => db.close());
  return db;
}

function readSessionsOnly(driver: Driver): void {
  const open = driver.session.bind(driver);
  driver.session = (config = {}) => open({ ...config, defaultAccessMode: neo4j.session.READ });
}
