// The cost rule of docs/limits.md, pinned by asking with a limit of 1: every query costlier than
// that is refused with its cost in the message, before any round trip. Each field costs 1; a
// paged field multiplies what it selects by its page (the `first` or `last` asked, from a literal
// or a variable; 20 when unset; at least 1 and at most 100); `nodes(ids:)` by the number of ids.
import { describe, expect, it } from 'vitest';
import { costKey } from '../../src/security/cost.ts';
import { createApp, DEFAULT_SECURITY } from '../../src/yoga.ts';
import { testDatabase } from '../helpers/database.ts';
import { codes, post } from './client.ts';

const db = testDatabase();
const withLimits = (limits: Partial<typeof DEFAULT_SECURITY.limits>) =>
  createApp({
    db,
    security: { ...DEFAULT_SECURITY, limits: { ...DEFAULT_SECURITY.limits, ...limits } },
  });
const withCost = (cost: number) => withLimits({ cost });
const strict = withCost(1);

async function costOf(query: string, variables?: Record<string, unknown>) {
  const before = db.roundTrips;
  const { body } = await post(strict, { query, variables });
  expect(db.roundTrips).toBe(before);
  expect(codes(body)).toEqual(['QUERY_TOO_COMPLEX']);
  const match =
    /^The query costs (\d+); the limit is 1\. Ask for smaller pages or fewer nested connections\.$/.exec(
      body.errors[0].message,
    );
  return Number(match?.[1]);
}

const names = (args: string) => `{ countries${args} { edges { node { name } } } }`;

describe('the cost of a query', () => {
  it('lets a query through that costs exactly the limit', async () => {
    const { body } = await post(strict, { query: '{ version }' });
    expect(body.errors).toBeUndefined();
    expect(typeof body.data.version).toBe('string');
  });

  it.each([
    ['(first: 3)', 1 + 3 * 3],
    ['(last: 3)', 1 + 3 * 3],
    ['(first: 2, last: 5)', 1 + 2 * 3],
    ['', 1 + 20 * 3],
    ['(first: 100)', 1 + 100 * 3],
    ['(first: 500)', 1 + 100 * 3],
    ['(first: 0)', 1 + 1 * 3],
    ['(first: -5)', 1 + 1 * 3],
  ])('a page%s: %i', async (args, cost) => {
    expect(await costOf(names(args))).toBe(cost);
  });

  it('reads the page from a variable', async () => {
    const query = 'query($n: Int) { countries(first: $n) { edges { node { name } } } }';
    expect(await costOf(query, { n: 7 })).toBe(1 + 7 * 3);
    expect(await costOf(query, {})).toBe(1 + 20 * 3);
  });

  it('multiplies nodes(ids:) by the number of ids, at least one', async () => {
    const ids = (n: number) => JSON.stringify(Array.from({ length: n }, (_, i) => `id${i}`));
    expect(await costOf(`{ nodes(ids: ${ids(3)}) { id } }`)).toBe(1 + 3 * 1);
    expect(await costOf(`{ nodes(ids: ${ids(0)}) { id } }`)).toBe(1 + 1 * 1);
  });

  it('multiplies nested pages', async () => {
    const query = `{ events(first: 4) { edges { node { parts(first: 5) { edges { node { id kind } } } } } } }`;
    // parts: 1 + 5 × (edges 1 + node 1 + 2 fields); its node 1 + that; events 1 + 4 × (edges 1 + node)
    expect(await costOf(query)).toBe(1 + 4 * (1 + 1 + (1 + 5 * 4)));
  });

  it('refuses a fragment that expands past the library’s budget, naming no number', async () => {
    const levels = Array.from(
      { length: 15 },
      (_, i) => `fragment F${i} on Query { a: version ...F${i + 1} b: version ...F${i + 1} }`,
    );
    const query = `{ ...F0 } ${levels.join(' ')} fragment F15 on Query { version }`;
    // 2^15 fields once expanded; the alias limit would refuse it first: off here.
    const { body } = await post(withLimits({ cost: 1, aliases: 0 }), { query });
    expect(codes(body)).toEqual(['QUERY_TOO_COMPLEX']);
    expect(body.errors[0].message).toBe(
      'The query expands to too many fields; the limit is 1. Ask for smaller pages or fewer nested connections.',
    );
  });

  it('is not checked with MAX_COST=0', async () => {
    const { body } = await post(withCost(0), { query: names('(first: 100)') });
    expect(body.errors).toBeUndefined();
    expect(body.data.countries.edges.length).toBeGreaterThan(0);
  });
});

describe('what the cost is remembered by', () => {
  it('is blind to strings, not to page sizes, Booleans or how many ids', () => {
    expect(costKey({ id: 'company:a', first: 5 })).toBe(costKey({ id: 'company:b', first: 5 }));
    expect(costKey({ query: 'steel' })).toBe(costKey({ query: 'gallium exports' }));
    expect(costKey({ id: 'company:a', first: 5 })).not.toBe(costKey({ id: 'company:a', first: 6 }));
    expect(costKey({ more: true })).not.toBe(costKey({ more: false }));
    expect(costKey({ ids: ['a', 'b'] })).not.toBe(costKey({ ids: ['a', 'b', 'c'] }));
  });

  it('gives requests that differ in an id alone the same cost, and other pages another', async () => {
    const query = `query($id: ID!, $first: Int) { node(id: $id) { id }
      countries(first: $first) { edges { node { name } } } }`;
    const a = await costOf(query, { id: 'country:JP', first: 5 });
    expect(await costOf(query, { id: 'country:CN', first: 5 })).toBe(a);
    expect(await costOf(query, { id: 'country:CN', first: 50 })).toBeGreaterThan(a);
  });
});
