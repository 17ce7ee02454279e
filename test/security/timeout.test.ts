import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { renderConf } from '../../src/local-neo4j/conf.ts';
import { testDatabase } from '../helpers/database.ts';

const db = testDatabase();
/** Counts to a billion: many seconds of work for Neo4j, and no data touched. */
const SLOW = 'UNWIND range(1, 1000000000) AS x WITH x WHERE x % 7 = 8 RETURN count(x) AS n';

describe('the Neo4j transaction timeout', () => {
  it('stops a transaction that runs past the timeout given with it', async () => {
    const { NEO4J_QUERY_TIMEOUT_MS } = loadConfig({ NEO4J_QUERY_TIMEOUT_MS: '300' });
    const started = Date.now();
    const error = await db
      .runText(SLOW, {}, 'READ', { timeout: NEO4J_QUERY_TIMEOUT_MS })
      .catch((e: unknown) => e as { code?: string; message: string });
    expect(error).toMatchObject({ code: expect.stringMatching(/TransactionTimedOut/) });
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('defaults to 10 s for the API, and the local server stops any transaction after 120 s', () => {
    expect(loadConfig({}).NEO4J_QUERY_TIMEOUT_MS).toBe(10_000);
    const conf = renderConf({
      home: '/x',
      host: '127.0.0.1',
      boltPort: 1,
      httpPort: 2,
      heap: '1g',
      pageCache: '1g',
    });
    expect(conf).toContain('\ndb.transaction.timeout=120s\n');
  });
});
