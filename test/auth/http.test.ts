import { describe, expect, it } from 'vitest';
import { formatEntry, hashKey, parseApiKeys } from '../../src/auth/keys.ts';
import type { AuthSettings } from '../../src/context.ts';
import { createApp } from '../../src/yoga.ts';
import { testDatabase } from '../helpers/database.ts';
import { globalId } from '../helpers/graphql.ts';

const db = testDatabase();
const READER = 'reader-key-for-tests';
const EDITOR = 'editor-key-for-tests';
const { keys } = parseApiKeys(
  [
    formatEntry({ digest: hashKey(READER), role: 'reader', name: 'ci' }),
    formatEntry({ digest: hashKey(EDITOR), role: 'editor', name: 'alice' }),
  ].join(','),
);
const JAPAN = `{ node(id: "${globalId('Country', 'country:JP')}") { ... on Country { name } } }`;

function client(auth: AuthSettings) {
  const app = createApp({ db, auth, graphiql: false });
  return async (query: string, headers: Record<string, string> = {}) => {
    const response = await app.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query }),
    });
    return { status: response.status, headers: response.headers, body: await response.json() };
  };
}

const bearer = (key: string) => ({ authorization: `Bearer ${key}` });
const codes = (body: { errors?: { extensions?: { code?: string } }[] }) =>
  body.errors?.map((error) => error.extensions?.code);

describe('reads open (READ_ACCESS=open)', () => {
  const ask = client({ keys, readAccess: 'open' });

  it('serve data without a key, to a reader', async () => {
    const { status, body } = await ask(`${JAPAN.slice(0, -1)} viewer { roles } }`);
    expect(status).toBe(200);
    expect(body).toEqual({ data: { node: { name: 'Japan' }, viewer: { roles: ['READER'] } } });
  });

  it('refuse a key that matches nothing (401) rather than reading it as anonymous', async () => {
    const before = db.roundTrips;
    const { status, headers, body } = await ask(JAPAN, bearer('not-a-key'));
    expect(status).toBe(401);
    expect(headers.get('www-authenticate')).toBe('Bearer');
    expect(body).toEqual({
      errors: [
        {
          message: 'The API key matches no configured key.',
          extensions: { code: 'UNAUTHENTICATED' },
        },
      ],
    });
    expect(JSON.stringify(body)).not.toContain('not-a-key');
    expect(db.roundTrips).toBe(before);
  });

  it('give an editor key both roles', async () => {
    const { body } = await ask('{ viewer { roles } }', bearer(EDITOR));
    expect(body.data.viewer.roles).toEqual(['READER', 'EDITOR']);
  });
});

describe('reads keyed (READ_ACCESS=key)', () => {
  const ask = client({ keys, readAccess: 'key' });

  it('refuse a request without a key with UNAUTHENTICATED, before any Neo4j round trip', async () => {
    const before = db.roundTrips;
    const { status, body } = await ask(JAPAN);
    expect(status).toBe(200);
    expect(body.data).toEqual({ node: null });
    expect(body.errors).toEqual([
      expect.objectContaining({
        message: expect.stringMatching(/^Query.node needs an API key with the reader role/),
        path: ['node'],
        extensions: { code: 'UNAUTHENTICATED' },
      }),
    ]);
    expect(db.roundTrips).toBe(before);
  });

  it.each([
    ['version', '{ version }'],
    ['viewer', '{ viewer { roles } }'],
    ['nodes', `{ nodes(ids: []) { id } }`],
    ['a root list', '{ countries(first: 1) { edges { node { name } } } }'],
  ])('refuse %s without a key too', async (_name, query) => {
    const before = db.roundTrips;
    const { body } = await ask(query);
    expect(codes(body)).toEqual(['UNAUTHENTICATED']);
    expect(db.roundTrips).toBe(before);
  });

  it('refuse a bad key with UNAUTHENTICATED (401)', async () => {
    const before = db.roundTrips;
    const { status, body } = await ask(JAPAN, bearer(`${READER}x`));
    expect(status).toBe(401);
    expect(codes(body)).toEqual(['UNAUTHENTICATED']);
    expect(db.roundTrips).toBe(before);
  });

  it('serve data to a reader key and report its roles', async () => {
    const { status, body } = await ask(`${JAPAN.slice(0, -1)} viewer { roles } }`, bearer(READER));
    expect(status).toBe(200);
    expect(body).toEqual({ data: { node: { name: 'Japan' }, viewer: { roles: ['READER'] } } });
  });

  it('take the key from X-API-Key as well', async () => {
    const { body } = await ask('{ viewer { roles } }', { 'x-api-key': EDITOR });
    expect(body.data.viewer.roles).toEqual(['READER', 'EDITOR']);
    const both = await ask('{ viewer { roles } }', { ...bearer(EDITOR), 'x-api-key': EDITOR });
    expect(both.body.data.viewer.roles).toEqual(['READER', 'EDITOR']);
  });

  it.each([
    ['a scheme other than Bearer', { authorization: `Basic ${READER}` }, /must be "Bearer/],
    ['Bearer without a key', { authorization: 'Bearer ' }, /must be "Bearer/],
    ['an empty X-API-Key', { 'x-api-key': ' ' }, /X-API-Key header is empty/],
    ['two different keys', { ...bearer(READER), 'x-api-key': EDITOR }, /different keys/],
  ])('refuse %s (401), never falling back to anonymous', async (_name, headers, message) => {
    const { status, body } = await ask('{ version }', headers);
    expect(status).toBe(401);
    expect(body.errors[0]).toEqual({
      message: expect.stringMatching(message),
      extensions: { code: 'UNAUTHENTICATED' },
    });
  });
});
