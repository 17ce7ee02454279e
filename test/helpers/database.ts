import { afterAll, inject } from 'vitest';
import { Database, type DatabaseOptions } from '../../src/db/database.ts';

/** A Database on the test Neo4j that global-setup started, closed after the file's tests. */
export function testDatabase(options: DatabaseOptions = {}): Database {
  const db = new Database(inject('neo4j'), options);
  afterAll(() => db.close());
  return db;
}
