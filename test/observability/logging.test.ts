/**
 * What the server log says about each request: one line per GraphQL request, and the cause of
 * every error the server answers for, masked ("Unexpected error.") or not (QUERY_TIMEOUT,
 * DATABASE_UNAVAILABLE), each once, with the request it belongs to.
 */
import { pino } from 'pino';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { Database } from '../../src/db/database.ts';
import { UNAVAILABLE_CAUSE_EVERY_MS } from '../../src/observability/error-log.ts';
import { securityFromConfig } from '../../src/security/settings.ts';
import { createApp } from '../../src/yoga.ts';
import { testDatabase, testNeo4j } from '../helpers/database.ts';
import { post } from '../security/client.ts';

// biome-ignore lint/suspicious/noExplicitAny: log lines are free-form JSON
type Line = Record<string, any>;

function capture() {
  const lines: Line[] = [];
  const logger = pino(
    { level: 'debug' },
    { write: (line: string) => lines.push(JSON.parse(line)) },
  );
  return { logger, lines };
}

const production = securityFromConfig(loadConfig({ NODE_ENV: 'production', RATE_LIMIT: '0' }));
const db = testDatabase();
/** Every declared query is one that counts to a billion: past the 300 ms timeout. */
const SLOW = 'UNWIND range(1, 1000000000) AS x WITH x WHERE x % 7 = 8 RETURN x';
class SlowDatabase extends Database {
  override run<_Params extends object, Row>(): Promise<Row[]> {
    return this.runText<Row>(SLOW);
  }
  // Planned reads (src/read/) run their own text: slow too.
  override runRaw(_text: string, _params: Record<string, unknown>, mode?: 'READ' | 'WRITE') {
    return super.runRaw(SLOW, {}, mode);
  }
}
const slow = new SlowDatabase(testNeo4j(), { queryTimeoutMs: 300 });
const nowhere = new Database({
  uri: 'bolt://127.0.0.1:1',
  user: 'neo4j',
  password: 'x',
  database: 'neo4j',
});
afterAll(async () => {
  await slow.close();
  await nowhere.close();
});

const QUERY = 'query LoggedActors { actors(first: 1) { totalCount } }';

describe('the request log', () => {
  it('writes one line per GraphQL request: operation, status, time, Neo4j queries, codes', async () => {
    const { logger, lines } = capture();
    const app = createApp({ db, logger, security: production });
    await post(app, { query: QUERY }, { 'x-request-id': 'req-42' });
    await post(app, { query: 'query Typo { versio }' });
    await app.fetch('http://localhost/health');
    const requests = lines.filter((line) => 'status' in line);
    expect(requests).toHaveLength(2); // probes are not logged
    expect(requests[0]).toMatchObject({
      level: 30,
      requestId: 'req-42',
      operation: 'LoggedActors',
      type: 'query',
      status: 200,
      ms: expect.any(Number),
      neo4j: { queries: expect.any(Number), ms: expect.any(Number) },
    });
    expect(requests[0]?.neo4j.queries).toBeGreaterThan(0);
    expect(requests[0]?.errors).toBeUndefined();
    expect(requests[1]).toMatchObject({ operation: 'Typo', errors: ['GRAPHQL_VALIDATION_FAILED'] });
  });

  it('logs the cause of QUERY_TIMEOUT, which the client gets unmasked', async () => {
    const { logger, lines } = capture();
    const { body } = await post(createApp({ db: slow, logger, security: production }), {
      query: QUERY,
    });
    expect(body.errors[0].extensions.code).toBe('QUERY_TIMEOUT');
    const logged = lines.filter((line) => line.code === 'QUERY_TIMEOUT');
    expect(logged).toHaveLength(body.errors.length);
    expect(logged[0]).toMatchObject({ level: 40, operation: 'LoggedActors', path: 'actors' });
    expect(logged[0]?.err.code).toBe(
      'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
    );
    expect(logged[0]?.err.stack).toBeTruthy();
  });

  it('logs the cause of DATABASE_UNAVAILABLE: the driver’s own words', async () => {
    const { logger, lines } = capture();
    const { status } = await post(createApp({ db: nowhere, logger, security: production }), {
      query: QUERY,
    });
    expect(status).toBe(503);
    const logged = lines.filter((line) => line.code === 'DATABASE_UNAVAILABLE');
    expect(logged).toHaveLength(1);
    expect(logged[0]?.err.message).toMatch(/ECONNREFUSED|connect/i);
    expect(lines.find((line) => 'status' in line)).toMatchObject({ level: 40, status: 503 });
  });

  it('logs that cause once a second during an outage, and every request its own line', async () => {
    await new Promise((resolve) => setTimeout(resolve, UNAVAILABLE_CAUSE_EVERY_MS));
    const { logger, lines } = capture();
    const app = createApp({ db: nowhere, logger, security: production });
    for (let i = 0; i < 5; i++) expect((await post(app, { query: QUERY })).status).toBe(503);
    expect(lines.filter((line) => line.code === 'DATABASE_UNAVAILABLE' && line.err)).toHaveLength(
      1,
    );
    expect(lines.filter((line) => 'status' in line && line.status === 503)).toHaveLength(5);
  });

  it('logs a masked error once, whole, with its request', async () => {
    const { logger, lines } = capture();
    const down = () =>
      Promise.reject(Object.assign(new Error('the disk is on fire'), { code: 'X' }));
    const broken = {
      ...db,
      run: down,
      runText: down,
      runRaw: down,
      roundTrips: 0,
    } as unknown as Database;
    const { body } = await post(createApp({ db: broken, logger, security: production }), {
      query: QUERY,
    });
    expect(body.errors[0]).toMatchObject({ message: 'Unexpected error.' });
    // At info and above: Yoga's own copy of the error, without the request, goes to debug.
    const logged = lines.filter(
      (line) => line.level >= 30 && JSON.stringify(line).includes('the disk is on fire'),
    );
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatchObject({
      level: 50,
      code: 'INTERNAL_SERVER_ERROR',
      operation: 'LoggedActors',
    });
    expect(logged[0]?.err.stack).toContain('the disk is on fire');
  });
});
