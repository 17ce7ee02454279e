/**
 * Which failures mean "the database is unavailable", and what a client sees of them: no Neo4j
 * needed, the server is a port nobody listens on.
 */
import { Neo4jError } from 'neo4j-driver';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { Database } from '../../src/db/database.ts';
import { DatabaseUnavailableError, databaseError, isUnavailable } from '../../src/db/errors.ts';
import { securityFromConfig } from '../../src/security/settings.ts';
import { createApp } from '../../src/yoga.ts';
import { testScheme } from '../helpers/ports.ts';

const neo4jError = (code: string, message = 'x') => new Neo4jError(message, code, '50N42', 'x');

describe('the failures that mean "unavailable"', () => {
  it.each([
    ['ServiceUnavailable', 'Failed to connect to server.'],
    ['SessionExpired', 'The connection is no longer usable.'],
    ['Neo.TransientError.General.DatabaseUnavailable', 'The database is not currently available'],
    ['N/A', 'Connection acquisition timed out in 1800 ms. Pool status: Active conn count = 100'],
  ])('%s: %s', (code, message) => {
    expect(isUnavailable(neo4jError(code, message))).toBe(true);
  });

  it.each([
    'Neo.ClientError.Statement.SyntaxError',
    'Neo.ClientError.Schema.ConstraintValidationFailed',
    'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
    'Neo.TransientError.Transaction.DeadlockDetected',
    'Neo.ClientError.Security.Unauthorized',
  ])('not %s', (code) => {
    expect(isUnavailable(neo4jError(code))).toBe(false);
  });

  it('is typed DATABASE_UNAVAILABLE with HTTP 503, keeping the driver error only as the cause', () => {
    const cause = neo4jError('ServiceUnavailable', 'connect ECONNREFUSED 127.0.0.1:7687');
    const error = databaseError(cause) as DatabaseUnavailableError;
    expect(error).toBeInstanceOf(DatabaseUnavailableError);
    expect(error.message).toBe('The database is unavailable. Try again shortly.');
    expect(error.extensions).toMatchObject({ code: 'DATABASE_UNAVAILABLE', http: { status: 503 } });
    expect(error.cause).toBe(cause);
    expect(JSON.stringify(error.toJSON())).not.toMatch(/ECONNREFUSED|7687|Neo4j/);
  });

  it('leaves any other error as it is', () => {
    const syntax = neo4jError('Neo.ClientError.Statement.SyntaxError');
    expect(databaseError(syntax)).toBe(syntax);
  });
});

describe('a Neo4j nobody answers for', () => {
  const db = new Database({
    uri: `${testScheme()}://127.0.0.1:1`,
    user: 'neo4j',
    password: 'x',
    database: 'neo4j',
  });
  afterAll(() => db.close());

  it('fails every kind of call fast, with DatabaseUnavailableError', async () => {
    for (const call of [
      () => db.runText('RETURN 1'),
      () => db.transaction('WRITE', (run) => run({ text: 'RETURN 1' } as never, {})),
    ]) {
      const started = Date.now();
      await expect(call()).rejects.toBeInstanceOf(DatabaseUnavailableError);
      expect(Date.now() - started).toBeLessThan(2000);
    }
    expect(db.availability.available).toBe(false);
  });

  it('answers GraphQL with 503, Retry-After and the code, in production mode too', async () => {
    const security = securityFromConfig(loadConfig({ NODE_ENV: 'production', RATE_LIMIT: '0' }));
    const app = createApp({ db, security });
    const response = await app.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ actors(first: 1) { totalCount } }' }),
    });
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe('1');
    const body = await response.json();
    expect(body.errors).toEqual([
      expect.objectContaining({
        message: 'The database is unavailable. Try again shortly.',
        extensions: { code: 'DATABASE_UNAVAILABLE' },
      }),
    ]);
    expect((await app.fetch('http://localhost/ready')).status).toBe(503);
  });
});
