import { afterAll, inject } from 'vitest';
import { Database } from '../../src/db/database.ts';

/** A Database on the test Neo4j that global-setup started, closed after the file's tests. */
export function testDatabase(): Database {
  const db = new Database(inject('neo4j'));
  afterAll(() => db.close());
  return db;
}
