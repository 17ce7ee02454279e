import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import type { CypherQuery } from '../../src/db/cypher.ts';
import { Database, type Run } from '../../src/db/database.ts';
import { QUERY_TIMEOUT, QueryTimeoutError } from '../../src/db/errors.ts';
import { inTransaction } from '../../src/load/session.ts';
import { renderConf } from '../../src/local-neo4j/conf.ts';
import { securityFromConfig } from '../../src/security/settings.ts';
import { createApp } from '../../src/yoga.ts';
import { testDatabase, testNeo4j } from '../helpers/database.ts';
import { post } from './client.ts';

/** Counts to a billion: many seconds of work for Neo4j, and no data touched. */
const SLOW = 'UNWIND range(1, 1000000000) AS x WITH x WHERE x % 7 = 8 RETURN count(x) AS n';
const slow = { name: 'slow', text: SLOW, params: [] } as CypherQuery<object, { n: number }>;
const one = { name: 'one', text: 'RETURN 1', params: [] } as CypherQuery<object, unknown>;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const { NEO4J_QUERY_TIMEOUT_MS } = loadConfig({ NEO4J_QUERY_TIMEOUT_MS: '300' });
/** The API's Database, with a tiny NEO4J_QUERY_TIMEOUT_MS. */
const api = testDatabase({ queryTimeoutMs: NEO4J_QUERY_TIMEOUT_MS });
/** A tool's Database: no timeout of ours. */
const tool = testDatabase();
/** The API's Database in which every declared query is the slow one: a resolver asking too much. */
class SlowDatabase extends Database {
  override run<_Params extends object, Row>(): Promise<Row[]> {
    return this.runText<Row>(SLOW);
  }
  // Planned reads (src/read/) run their own text: slow too.
  override runRaw(_text: string, _params: Record<string, unknown>, mode?: 'READ' | 'WRITE') {
    return super.runRaw(SLOW, {}, mode);
  }
}
const slowApi = new SlowDatabase(testNeo4j(), {
  failFast: true,
  queryTimeoutMs: NEO4J_QUERY_TIMEOUT_MS,
});
afterAll(() => slowApi.close());

/** What a call failed with, and how long it took to. */
async function failure(call: () => Promise<unknown>) {
  const started = Date.now();
  const error = await call().then(
    () => undefined,
    (e: unknown) => e,
  );
  return { error, ms: Date.now() - started };
}

describe('the Neo4j transaction timeout', () => {
  it('stops a transaction that runs past the timeout given with it: QUERY_TIMEOUT', async () => {
    const { error, ms } = await failure(() => tool.runText(SLOW, {}, 'READ', { timeout: 300 }));
    expect(error).toBeInstanceOf(QueryTimeoutError);
    expect((error as QueryTimeoutError).extensions.code).toBe(QUERY_TIMEOUT);
    // What neo4j-driver 6 reports for a timeout the client gave, kept for the logs only.
    expect((error as QueryTimeoutError).cause).toMatchObject({
      code: 'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
    });
    expect(ms).toBeLessThan(5000);
  });

  it("gives every call the Database's timeout: run, runText and transaction", async () => {
    for (const call of [
      () => api.run(slow, {}),
      () => api.runText(SLOW),
      () => api.transaction('READ', (run) => run(slow, {})),
    ]) {
      const { error, ms } = await failure(call);
      expect(error).toBeInstanceOf(QueryTimeoutError);
      expect((error as Error).message).toMatch(/time limit of 0\.3 s/);
      expect(ms).toBeLessThan(5000);
    }
  });

  it('lets a call bring its own, and the write path (seed, import) run without one', async () => {
    // Idle past 300 ms and past Neo4j's check of idle transactions (every 2 s), then used again.
    const held = async (run: Run) => {
      await run(one, {});
      await pause(3500);
      return run(one, {});
    };
    const [defaulted, longer, none, write] = await Promise.all([
      failure(() => api.transaction('WRITE', held)),
      failure(() => api.transaction('WRITE', held, { timeout: 10_000 })),
      failure(() => api.transaction('WRITE', held, { timeout: 0 })),
      failure(() => inTransaction(api, true, held)),
    ]);
    expect(defaulted.error).toBeInstanceOf(QueryTimeoutError);
    expect([longer.error, none.error, write.error]).toEqual([undefined, undefined, undefined]);
  });

  it('reaches a GraphQL client as QUERY_TIMEOUT in production, without the driver message', async () => {
    const production = securityFromConfig(loadConfig({ NODE_ENV: 'production', RATE_LIMIT: '0' }));
    const app = createApp({ db: slowApi, security: production });
    const { status, body } = await post(app, {
      query: '{ version actors(first: 1) { totalCount } }',
    });
    expect(status).toBe(200);
    // Root fields are nullable: actors alone is null, version still answers.
    expect(body.data).toEqual({ version: expect.any(String), actors: null });
    expect(body.errors).toEqual([
      {
        message:
          'The query ran past its time limit of 0.3 s and was stopped. Ask for less: smaller pages, fewer nested fields.',
        locations: [{ line: 1, column: 11 }],
        path: ['actors'],
        extensions: { code: QUERY_TIMEOUT },
      },
    ]);
    const text = JSON.stringify(body);
    for (const leak of ['Neo4j', 'Neo.ClientError', 'TimedOut', 'UNWIND', 'terminated', 'at '])
      expect(text).not.toContain(leak);
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
    // One plan per statement whatever the size of its lists (conf.ts says why).
    expect(conf).toContain('\ninternal.cypher.use_parameter_size=false\n');
  });
});
