import { describe, expect, it } from 'vitest';
import { createApp } from '../src/yoga.ts';
import { testDatabase } from './helpers/database.ts';

const app = createApp({ db: testDatabase() });

async function graphql(query: string, variables?: Record<string, unknown>) {
  const response = await app.fetch('http://localhost/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, body: await response.json() };
}

describe('the HTTP server', () => {
  it('answers /health while the process lives', async () => {
    const response = await app.fetch('http://localhost/health');
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: 'ok' });
  });

  it('answers /ready with 200 when Neo4j answers and the schema is applied', async () => {
    const response = await app.fetch('http://localhost/ready');
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: 'ready' });
  });

  it('serves GraphQL at /graphql', async () => {
    const { status, body } = await graphql('{ version }');
    expect(status).toBe(200);
    expect(body).toEqual({ data: { version: expect.stringMatching(/^\d+\.\d+\.\d+/) } });
  });

  it('serves GraphiQL to a browser', async () => {
    const response = await app.fetch('http://localhost/graphql', {
      headers: { accept: 'text/html' },
    });
    expect(await response.text()).toContain('GraphiQL');
  });

  it('rejects a malformed document with a GraphQL error, not a crash', async () => {
    const { status, body } = await graphql('{ version ');
    expect(status).toBe(400);
    expect(body.errors[0].message).toMatch(/Syntax Error/);
  });
});
