/**
 * Writes need `editor`. The real schema has no Mutation yet (the write path adds it), so this
 * builds a small schema with the builder's auth plugins and options, and serves it through Yoga
 * with error masking on, as the app does.
 */
import SchemaBuilder from '@pothos/core';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import { createYoga } from 'graphql-yoga';
import { describe, expect, it } from 'vitest';
import { formatEntry, hashKey, parseApiKeys } from '../../src/auth/keys.ts';
import { rootScopesPlugin } from '../../src/auth/root-scopes.ts';
import { scopeAuthOptions } from '../../src/auth/scopes.ts';
import { type AuthSettings, type Context, createContext, viewerFor } from '../../src/context.ts';
import type { Database } from '../../src/db/database.ts';

const builder = new SchemaBuilder<{
  Context: Context;
  AuthScopes: { reader: boolean; editor: boolean };
}>({ plugins: [ScopeAuthPlugin, rootScopesPlugin], scopeAuth: scopeAuthOptions });

const written: string[] = [];
builder.queryType({
  fields: (t) => ({
    ping: t.string({ resolve: () => 'pong' }),
    // A read that needs more than the Query default: field scopes add to the type's.
    drafts: t.string({ authScopes: { editor: true }, resolve: () => 'drafts' }),
  }),
});
// No authScopes here: the Mutation type gets `editor` from the root-scopes plugin.
builder.mutationType({
  fields: (t) => ({
    record: t.string({
      args: { note: t.arg.string({ required: true }) },
      resolve: (_root, { note }) => {
        written.push(note);
        return note;
      },
    }),
  }),
});

const READER = 'reader-key';
const EDITOR = 'editor-key';
const auth: AuthSettings = {
  readAccess: 'open',
  keys: parseApiKeys(
    [
      formatEntry({ digest: hashKey(READER), role: 'reader' }),
      formatEntry({ digest: hashKey(EDITOR), role: 'editor', name: 'alice' }),
    ].join(','),
  ).keys,
};
const app = createYoga({
  schema: builder.toSchema(),
  maskedErrors: true,
  logging: false,
  context: ({ request }) => createContext({} as Database, viewerFor(request.headers, auth)),
});

async function ask(query: string, key?: string) {
  const response = await app.fetch('http://localhost/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(key ? { 'x-api-key': key } : {}) },
    body: JSON.stringify({ query }),
  });
  return response.json();
}

describe('a mutation', () => {
  it('without a key is refused with UNAUTHENTICATED and writes nothing', async () => {
    const body = await ask('mutation { record(note: "anonymous") }');
    expect(body.errors).toEqual([
      expect.objectContaining({
        message: expect.stringMatching(/^Mutation.record needs an API key with the editor role/),
        extensions: { code: 'UNAUTHENTICATED' },
      }),
    ]);
    expect(written).toEqual([]);
  });

  it('with a reader key is refused with FORBIDDEN, unmasked, and writes nothing', async () => {
    const body = await ask('mutation { record(note: "reader") }', READER);
    expect(body.errors).toEqual([
      expect.objectContaining({
        message: expect.stringMatching(/^Mutation.record needs the editor role; the key "key-/),
        extensions: { code: 'FORBIDDEN' },
      }),
    ]);
    expect(written).toEqual([]);
  });

  it('with an editor key runs', async () => {
    expect(await ask('mutation { record(note: "editor") }', EDITOR)).toEqual({
      data: { record: 'editor' },
    });
    expect(written).toEqual(['editor']);
  });
});

describe('a query field with its own authScopes', () => {
  it('needs them on top of reader', async () => {
    expect(await ask('{ ping }')).toEqual({ data: { ping: 'pong' } });
    const reader = await ask('{ drafts }', READER);
    expect(reader.errors[0].extensions).toEqual({ code: 'FORBIDDEN' });
    expect(await ask('{ drafts }', EDITOR)).toEqual({ data: { drafts: 'drafts' } });
  });
});
