/**
 * Every form of graphql-js' "Did you mean …?" is hidden in production (each would spell out a
 * piece of the schema introspection hides), and shown in development, which proves each case
 * below really does draw a suggestion. Also: aliases of __typename count towards MAX_ALIASES.
 */
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { securityFromConfig } from '../../src/security/settings.ts';
import { createApp, DEFAULT_SECURITY } from '../../src/yoga.ts';
import { testDatabase } from '../helpers/database.ts';
import { codes, post } from './client.ts';

const db = testDatabase();
const production = createApp({
  db,
  security: securityFromConfig(loadConfig({ NODE_ENV: 'production', RATE_LIMIT: '0' })),
});
const development = createApp({ db });

/** Each form: the request, and the words of the suggestion development shows. */
const FORMS: [string, { query: string; variables?: Record<string, unknown> }, RegExp][] = [
  ['a field', { query: '{ versio }' }, /Did you mean "version"\?/],
  [
    'an inline fragment',
    { query: '{ node(id: "x") { name } }' },
    /Did you mean to use an inline fragment on/,
  ],
  [
    'an argument',
    { query: '{ actors(frst: 1) { totalCount } }' },
    /Did you mean "first" or "last"\?/,
  ],
  ['a type', { query: 'query($n: Strin) { version }' }, /Did you mean "String"\?/],
  [
    'an enum value, written in the document',
    { query: '{ search(query: "x", kinds: [ACTR]) { edges { score } } }' },
    /Did you mean the enum value "ACTOR"\?/,
  ],
  [
    'an enum value, in a variable',
    {
      query: 'query($k: [SearchKind!]) { search(query: "x", kinds: $k) { edges { score } } }',
      variables: { k: ['ACTR'] },
    },
    /Did you mean the enum value "ACTOR"\?/,
  ],
  [
    'an input field, written in the document',
    { query: '{ measures(filter: { knds: [] }) { totalCount } }' },
    /Did you mean "kinds"\?/,
  ],
  [
    'an input field, in a variable',
    {
      query: 'query($f: MeasureFilter) { measures(filter: $f) { totalCount } }',
      variables: { f: { knds: [] } },
    },
    /Did you mean "kinds"\?/,
  ],
  ["a directive's argument", { query: '{ version @include(iff: true) }' }, /Did you mean "if"\?/],
];

describe('schema suggestions', () => {
  it.each(FORMS)('are hidden in production: %s', async (_form, request, suggestion) => {
    const messages = (body: { errors: { message: string }[] }) =>
      body.errors.map((error) => error.message).join('\n');
    const shown = await post(development, request);
    expect(messages(shown.body)).toMatch(suggestion);
    const hidden = await post(production, request);
    expect(hidden.body.errors.length).toBeGreaterThan(0);
    expect(messages(hidden.body)).not.toMatch(/Did you mean|suggestion/i);
    expect(codes(hidden.body)?.every((code) => typeof code === 'string')).toBe(true);
  });
});

describe('aliases of __typename', () => {
  it(`count towards MAX_ALIASES (${DEFAULT_SECURITY.limits.aliases})`, async () => {
    const aliases = (n: number) => Array.from({ length: n }, (_, i) => `t${i}: __typename`);
    const at = DEFAULT_SECURITY.limits.aliases;
    expect((await post(development, { query: `{ ${aliases(at).join(' ')} }` })).status).toBe(200);
    const refused = await post(development, { query: `{ ${aliases(at + 1).join(' ')} }` });
    expect(codes(refused.body)).toEqual(['TOO_MANY_ALIASES']);
    const many = await post(development, { query: `{ ${aliases(600).join(' ')} }` });
    expect(codes(many.body)).toEqual(['TOO_MANY_ALIASES']);
  });
});
