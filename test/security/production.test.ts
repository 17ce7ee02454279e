import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import type { Database } from '../../src/db/database.ts';
import { securityFromConfig } from '../../src/security/settings.ts';
import { createApp } from '../../src/yoga.ts';
import { testDatabase } from '../helpers/database.ts';
import { globalId } from '../helpers/graphql.ts';
import { codes, post } from './client.ts';

const db = testDatabase();
const production = securityFromConfig(loadConfig({ NODE_ENV: 'production' }));
const development = securityFromConfig(loadConfig({ NODE_ENV: 'development' }));

/** A database whose every call fails the way a driver does: Cypher and internals in the message. */
const CYPHER = 'MATCH (n:Entity {id: $id}) RETURN n';
function brokenDatabase(): Database {
  const fail = () => {
    const error = new Error(`Invalid input 'X': expected "RETURN" (line 1)\n"${CYPHER}"`);
    Object.assign(error, { name: 'Neo4jError', code: 'Neo.ClientError.Statement.SyntaxError' });
    return Promise.reject(error);
  };
  return {
    run: fail,
    runText: fail,
    runRaw: fail,
    transaction: fail,
    roundTrips: 0,
  } as unknown as Database;
}
const JAPAN = `{ node(id: "${globalId('Country', 'country:JP')}") { id } }`;

describe('production (NODE_ENV=production)', () => {
  it('turns GraphiQL and introspection off, unless GRAPHIQL / INTROSPECTION say so', () => {
    expect(production).toMatchObject({ production: true, graphiql: false, introspection: false });
    expect(production.errorDetails).toBe(false);
    const opened = loadConfig({ NODE_ENV: 'production', GRAPHIQL: 'true', INTROSPECTION: '1' });
    expect(securityFromConfig(opened)).toMatchObject({ graphiql: true, introspection: true });
    expect(securityFromConfig(loadConfig({}))).toMatchObject({
      graphiql: true,
      errorDetails: false,
    });
  });

  it('masks an unexpected error: no message, stack, Cypher or driver name reaches the client', async () => {
    const app = createApp({ db: brokenDatabase(), security: production });
    const { status, body } = await post(app, { query: JAPAN });
    expect(status).toBe(200);
    expect(body.errors).toEqual([
      {
        message: 'Unexpected error.',
        locations: [{ line: 1, column: 3 }],
        path: ['node'],
        extensions: { code: 'INTERNAL_SERVER_ERROR' },
      },
    ]);
    const text = JSON.stringify(body);
    for (const leak of ['Neo4jError', 'Neo.ClientError', 'MATCH', 'Invalid input', 'at ', '.ts'])
      expect(text).not.toContain(leak);
  });

  it('shows the cause only in development', async () => {
    const app = createApp({ db: brokenDatabase(), security: development });
    const { body } = await post(app, { query: JAPAN });
    expect(body.errors[0].message).toBe('Unexpected error.');
    expect(body.errors[0].extensions.originalError.message).toContain('Invalid input');
  });

  it('keeps the driver message out of /ready', async () => {
    const app = createApp({ db: brokenDatabase(), security: production });
    const response = await app.fetch('http://localhost/ready');
    expect(response.status).toBe(503);
    expect(await response.json()).toMatchObject({
      status: 'unavailable',
      reason: 'Neo4j is not answering',
    });
  });

  it('refuses introspection, and hides field suggestions that would spell out the schema', async () => {
    const app = createApp({ db, security: production });
    const before = db.roundTrips;
    const schema = await post(app, { query: '{ __schema { types { name } } }' });
    expect(schema.body.errors[0].message).toMatch(/introspection has been disabled/);
    const type = await post(app, { query: '{ __type(name: "Country") { name } }' });
    expect(codes(type.body)).toContain('GRAPHQL_VALIDATION_FAILED');
    const typo = await post(app, { query: '{ versio }' });
    expect(typo.body.errors[0].message).not.toMatch(/Did you mean/);
    expect(db.roundTrips).toBe(before);
    expect((await post(app, { query: '{ __typename version }' })).body.data.__typename).toBe(
      'Query',
    );
  });

  it('serves no GraphiQL page and no landing page', async () => {
    const app = createApp({ db, security: production });
    const page = await app.fetch('http://localhost/graphql', { headers: { accept: 'text/html' } });
    expect(await page.text()).not.toContain('GraphiQL');
    const elsewhere = await app.fetch('http://localhost/', { headers: { accept: 'text/html' } });
    expect(elsewhere.status).toBe(404);
    expect(await elsewhere.text()).not.toMatch(/yoga/i);
  });
});
