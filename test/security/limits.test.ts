import { describe, expect, it } from 'vitest';
import { createApp, DEFAULT_SECURITY } from '../../src/yoga.ts';
import { testDatabase } from '../helpers/database.ts';
import { codes, post } from './client.ts';

const db = testDatabase();
const app = createApp({ db });
const { limits } = DEFAULT_SECURITY;

/** Asks `query`; expects one refusal with `code` and not a single Neo4j round trip. */
async function refused(query: string, code: string) {
  const before = db.roundTrips;
  const { body } = await post(app, { query });
  expect(codes(body)).toContain(code);
  expect(body.data).toBeUndefined();
  expect(db.roundTrips).toBe(before);
  return body.errors.find(
    (error: { extensions: { code: string } }) => error.extensions.code === code,
  );
}

async function served(query: string) {
  const { status, body } = await post(app, { query });
  expect(body.errors).toBeUndefined();
  expect(status).toBe(200);
  return body.data;
}

/** Event.parts nested `levels` times: two levels of depth each (parts, and edges { node } once). */
const nestedParts = (levels: number): string =>
  levels === 0 ? 'id' : `parts(first: 1) { edges { node { ${nestedParts(levels - 1)} } } }`;

describe('document limits (GraphQL Armor, and our depth rule)', () => {
  it(`refuse a query deeper than ${limits.depth} with QUERY_TOO_DEEP`, async () => {
    // events, edges { node } (one level), then 2 per level, then id: 3 + 2 × levels.
    await served(`{ events(first: 1) { edges { node { ${nestedParts(4)} } } } }`);
    const error = await refused(
      `{ events(first: 1) { edges { node { ${nestedParts(5)} } } } }`,
      'QUERY_TOO_DEEP',
    );
    expect(error.message).toBe(`Query depth limit of ${limits.depth} exceeded, found 13.`);
  });

  it('count fields, not inline fragments, as depth', async () => {
    const wrapped = (inner: string) => `... on Event { ${inner} }`;
    await served(`{ events(first: 1) { edges { node { ${wrapped(wrapped(nestedParts(4)))} } } } }`);
  });

  it(`refuse more than ${limits.aliases} aliases with TOO_MANY_ALIASES`, async () => {
    const aliases = (n: number) => Array.from({ length: n }, (_, i) => `v${i}: version`).join(' ');
    await served(`{ ${aliases(limits.aliases)} }`);
    await refused(`{ ${aliases(limits.aliases + 1)} }`, 'TOO_MANY_ALIASES');
  });

  it(`refuse more than ${limits.directives} directives with TOO_MANY_DIRECTIVES`, async () => {
    const fields = (n: number) =>
      Array.from({ length: n }, (_, i) => `v${i}: version @include(if: true)`).join(' ');
    await refused(`{ ${fields(limits.directives + 1)} }`, 'TOO_MANY_DIRECTIVES');
  });

  it(`refuse more than ${limits.tokens} tokens with TOO_MANY_TOKENS, while parsing`, async () => {
    // 18 tokens around the list: { search ( query : "x" kinds : [ … ] ) { edges { score } } }
    const search = (kinds: number) =>
      `{ search(query: "x", kinds: [${'ACTOR '.repeat(kinds)}]) { edges { score } } }`;
    await served(search(limits.tokens - 18));
    await refused(search(limits.tokens - 17), 'TOO_MANY_TOKENS');
  });

  it('leave thousands of repeated fields to graphql-js, which aborts validation', async () => {
    const { body } = await post(app, { query: `{ ${'version '.repeat(1500)}}` });
    expect(body.errors).toEqual([
      { message: 'Validation aborted.', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } },
    ]);
  });
});

describe('cost (graphql-query-complexity)', () => {
  it('let two nested pages of 100 through', async () => {
    await served(
      '{ countries(first: 100) { edges { node { name events(first: 100) { edges { node { id kind summary } } } } } } }',
    );
  });

  it('refuse three nested pages of 100 with QUERY_TOO_COMPLEX, whatever the data holds', async () => {
    const error = await refused(
      `{ events(first: 100) { edges { node { parts(first: 100) { edges { node {
         parts(first: 100) { edges { node { id } } } } } } } } } }`,
      'QUERY_TOO_COMPLEX',
    );
    expect(error.message).toMatch(
      new RegExp(`^The query costs 3030301; the limit is ${limits.cost}\\.`),
    );
  });

  it('read page sizes from variables, and count a page as DEFAULT_PAGE when unset', async () => {
    const query = `query($n: Int) { events(first: $n) { edges { node { parts(first: $n) {
      edges { node { parts(first: $n) { edges { node { id } } } } } } } } } }`;
    const before = db.roundTrips;
    const big = await post(app, { query, variables: { n: 100 } });
    expect(codes(big.body)).toEqual(['QUERY_TOO_COMPLEX']);
    expect(db.roundTrips).toBe(before);
    const small = await post(app, { query, variables: { n: 2 } });
    expect(small.body.errors).toBeUndefined();
    const unset = await post(app, { query });
    expect(unset.body.errors).toBeUndefined(); // 20 × 20 × 20 × 4 fits
  });

  it('refuse a fragment spread over and over (a "fragment bomb")', async () => {
    const levels = Array.from(
      { length: 8 },
      (_, i) => `fragment F${i} on Query { a: version ...F${i + 1} b: version ...F${i + 1} }`,
    );
    const query = `{ ...F0 } ${levels.join(' ')} fragment F8 on Query { version }`;
    const before = db.roundTrips;
    const { body } = await post(app, { query });
    expect(body.errors?.length).toBeGreaterThan(0);
    expect(body.data).toBeUndefined();
    expect(db.roundTrips).toBe(before);
  });
});

describe('request body size (Yoga)', () => {
  it(`refuse a body over ${limits.bodyBytes} bytes with 413 REQUEST_ENTITY_TOO_LARGE`, async () => {
    const before = db.roundTrips;
    const query = `{ version } # ${'x'.repeat(limits.bodyBytes)}`;
    const { status, body } = await post(app, { query });
    expect(status).toBe(413);
    expect(codes(body)).toEqual(['REQUEST_ENTITY_TOO_LARGE']);
    expect(db.roundTrips).toBe(before);
  });

  it('refuse it too when it is streamed without a Content-Length', async () => {
    const chunk = new TextEncoder().encode(' '.repeat(10_000));
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent++ < 20) controller.enqueue(chunk);
        else controller.close();
      },
    });
    const response = await app.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: stream,
      duplex: 'half',
    } as RequestInit);
    expect(response.status).toBe(413);
  });
});

describe('every error has a code', () => {
  it('a variable of the wrong type: BAD_USER_INPUT', async () => {
    const query = 'query($n: Int) { countries(first: $n) { totalCount } }';
    const { body } = await post(app, { query, variables: { n: 'many' } });
    expect(codes(body)).toEqual(['BAD_USER_INPUT']);
  });

  it('a syntax error: GRAPHQL_PARSE_FAILED; an unknown field: GRAPHQL_VALIDATION_FAILED', async () => {
    expect(codes((await post(app, { query: '{ version ' })).body)).toEqual([
      'GRAPHQL_PARSE_FAILED',
    ]);
    expect(codes((await post(app, { query: '{ versions }' })).body)).toEqual([
      'GRAPHQL_VALIDATION_FAILED',
    ]);
  });

  // Found by the fuzz test (test/fuzz/): each was a 500 or an answer without a code.
  it("a body that is not JSON: BAD_REQUEST, without the parser's own error", async () => {
    const { body } = await post(app, '{"query": ');
    expect(body.errors).toEqual([
      { message: 'POST body sent invalid JSON.', extensions: { code: 'BAD_REQUEST' } },
    ]);
  });

  it('GET variables that are not JSON: 400 BAD_REQUEST, not 500', async () => {
    const response = await app.fetch('http://localhost/graphql?query=%7Bversion%7D&variables=+', {
      headers: { 'x-graphql-yoga-csrf': '1' },
    });
    expect(response.status).toBe(400);
    expect(codes(await response.json())).toEqual(['BAD_REQUEST']);
  });

  it('a subscription (the schema has none): a code too', async () => {
    const { body } = await post(app, { query: 'subscription { version }' });
    expect(body.errors.every((e: { extensions?: { code?: string } }) => e.extensions?.code)).toBe(
      true,
    );
  });
});
