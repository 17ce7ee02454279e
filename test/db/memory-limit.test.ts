// A transaction Neo4j stops for the memory it would need (db.memory.transaction.max, or
// dbms.memory.transaction.total.max for all of them): a typed QUERY_TOO_LARGE, not retried, and
// through GraphQL a message the client can act on instead of "Unexpected error.". Found on the
// large benchmark graph, where exposedFirms' ranking of a broad measure went past the limit.
// In the project "writes": it fills the test Neo4j's transaction memory (a transaction may take
// 256 MiB there, TEST_SERVER_SETTINGS in test/helpers/instances.ts), which others then lack.
import { describe, expect, it } from 'vitest';
import { Database } from '../../src/db/database.ts';
import { QUERY_TOO_LARGE, QueryTooLargeError } from '../../src/db/errors.ts';
import { createApp } from '../../src/yoga.ts';
import { testDatabase, testNeo4j } from '../helpers/database.ts';
import { post } from '../security/client.ts';

/** Collects a hundred million numbers: more memory than any test Neo4j gives its transactions. */
const GREEDY = 'UNWIND range(1, 100000000) AS i RETURN size(collect(i)) AS n';

const db = testDatabase();

/** A Database in which every read is the greedy one: a resolver asking for too much. */
class GreedyDatabase extends Database {
  override runRaw(_text: string, _params: Record<string, unknown>, mode?: 'READ' | 'WRITE') {
    return super.runRaw(GREEDY, {}, mode);
  }
}

describe('a query past the memory Neo4j gives a transaction', () => {
  it('fails with QUERY_TOO_LARGE, and Neo4j answers the next query', async () => {
    const before = db.roundTrips;
    const error = await db.runText(GREEDY).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(QueryTooLargeError);
    expect((error as QueryTooLargeError).extensions.code).toBe(QUERY_TOO_LARGE);
    expect((error as QueryTooLargeError).cause).toMatchObject({
      code: expect.stringMatching(/^Neo\.TransientError\.General\.\w+OutOfMemoryError$/),
    });
    // One attempt. Neo4j calls the error transient, but the same query would need the same
    // memory, so attempts.ts does not retry it (here the attempt alone outlasts the retry budget,
    // so this line would hold without that rule too: it checks the error, not the rule).
    expect(db.roundTrips - before).toBe(1);
    expect(await db.runText<{ one: number }>('RETURN 1 AS one')).toEqual([{ one: 1 }]);
  });

  it('reaches a GraphQL client as QUERY_TOO_LARGE with a message, the field null', async () => {
    const greedy = new GreedyDatabase(testNeo4j());
    try {
      const app = createApp({ db: greedy });
      const { status, body } = await post(app, { query: '{ node(id: "country:JP") { id } }' });
      expect(status).toBe(200);
      expect(body.data).toEqual({ node: null });
      expect(body.errors?.[0]?.extensions?.code).toBe(QUERY_TOO_LARGE);
      expect(body.errors?.[0]?.message).toMatch(/more memory than the database allows/);
      expect(body.errors?.[0]?.path).toEqual(['node']);
    } finally {
      await greedy.close();
    }
  });
});
