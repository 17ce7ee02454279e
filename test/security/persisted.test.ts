import { parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { schema } from '../../src/schema/index.ts';
import { CSRF_HEADER } from '../../src/security/browser.ts';
import { costOf } from '../../src/security/cost.ts';
import {
  buildPersistedDocuments,
  documentId,
  readPersistedDocuments,
} from '../../src/security/persisted.ts';
import { createApp, DEFAULT_SECURITY } from '../../src/yoga.ts';
import { testDatabase } from '../helpers/database.ts';
import { codes, post } from './client.ts';

const db = testDatabase();
const documents = readPersistedDocuments();
const idOf = (operation: string) => {
  const found = Object.entries(documents).find(([, text]) => text.startsWith(operation));
  if (!found) throw new Error(`no persisted ${operation}`);
  return found[0];
};
const VERSION = idOf('query Version');
const only = createApp({ db, security: { ...DEFAULT_SECURITY, persistedOnly: true } });
const open = createApp({ db });

describe('the persisted documents', () => {
  it('are the .graphql files of persisted-documents/, printed (run `npm run persisted`)', () => {
    expect(documents).toEqual(buildPersistedDocuments());
    for (const [id, text] of Object.entries(documents)) expect(id).toBe(documentId(text));
  });

  it('are valid against the schema and within the default limits', () => {
    const { limits } = DEFAULT_SECURITY;
    for (const text of Object.values(documents)) {
      const document = parse(text);
      expect(validate(schema, document)).toEqual([]);
      const variables = { measure: 'x', query: 'x' };
      expect(costOf({ schema, document, variableValues: variables })).toBeLessThan(limits.cost);
    }
  });
});

describe('PERSISTED_ONLY', () => {
  it('refuses a document sent as text (PERSISTED_QUERY_ONLY), before any database work', async () => {
    const before = db.roundTrips;
    const { body } = await post(only, { query: '{ version }' });
    expect(codes(body)).toEqual(['PERSISTED_QUERY_ONLY']);
    expect(db.roundTrips).toBe(before);
  });

  it('runs a listed document by documentId, with or without the sha256: prefix', async () => {
    expect((await post(only, { documentId: VERSION })).body.data.version).toMatch(/^\d/);
    const bare = VERSION.replace('sha256:', '');
    expect((await post(only, { documentId: bare })).body.data.version).toMatch(/^\d/);
  });

  it("runs it by Apollo's persistedQuery extension, and by GET", async () => {
    const hash = VERSION.replace('sha256:', '');
    const extensions = { persistedQuery: { version: 1, sha256Hash: hash } };
    expect((await post(only, { extensions })).body.data.version).toMatch(/^\d/);
    const get = await only.fetch(`http://localhost/graphql?documentId=${VERSION}`, {
      headers: { [CSRF_HEADER]: '1' },
    });
    expect((await get.json()).data.version).toMatch(/^\d/);
  });

  it('passes variables to a persisted document', async () => {
    const { body } = await post(only, {
      documentId: idOf('query Search'),
      variables: { query: 'Japan', kinds: ['COUNTRY'], first: 1 },
    });
    expect(body.data.search.edges[0].node.name).toBe('Japan');
  });

  it('refuses an id that is not listed (PERSISTED_QUERY_NOT_FOUND)', async () => {
    const { body } = await post(only, { documentId: `sha256:${'0'.repeat(64)}` });
    expect(codes(body)).toEqual(['PERSISTED_QUERY_NOT_FOUND']);
  });
});

describe('without PERSISTED_ONLY (the default)', () => {
  it('runs documents sent as text and listed documents by id alike', async () => {
    expect((await post(open, { query: '{ version }' })).body.data.version).toMatch(/^\d/);
    expect((await post(open, { documentId: VERSION })).body.data.version).toMatch(/^\d/);
  });
});
