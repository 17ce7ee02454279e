// The cost limit at its edge: a query that costs exactly the default limit runs, one field more is
// refused. (limits.test.ts asks at 30× the limit or far below it, which a limit loosened tenfold
// would pass.) The costs are worked out here by the rule of docs/limits.md, not by the code.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/yoga.ts';
import { testDatabase } from '../helpers/database.ts';
import { codes, post } from './client.ts';

const db = testDatabase();
const app = createApp({ db });
const LIMIT = 100_000;

// Each field costs 1 and a page multiplies what it selects: parts(first: 28) { edges { node { id } } }
// costs 1 + 28 × 3 = 85; the node that holds it 86 and its edges 87, so the parts(first: 28) above
// 1 + 28 × 87 = 2437; its node 2438, edges 2439, and events(first: 41) 1 + 41 × 2439 = 100000.
const AT_LIMIT = `query($a: Int, $b: Int, $c: Int) {
  events(first: $a) { edges { node { parts(first: $b) { edges { node {
    parts(first: $c) { edges { node { id } } } } } } } } } }`;
const pages = { a: 41, b: 28, c: 28 };
const withField = (query: string, field: string) => `${query.slice(0, -1)} ${field} }`;

describe('the default cost limit, at its edge', () => {
  it('is the 100000 that docs/limits.md states', () => {
    const doc = readFileSync('docs/limits.md', 'utf8');
    expect(doc).toMatch(/\| `MAX_COST` +\| `100000` +\|/);
  });

  it(`runs a query that costs exactly ${LIMIT}`, async () => {
    const { status, body } = await post(app, { query: AT_LIMIT, variables: pages });
    expect(body.errors).toBeUndefined();
    expect(status).toBe(200);
    expect(Array.isArray(body.data.events.edges)).toBe(true);
  });

  it(`refuses the same query with one field more (${LIMIT + 1}), before any round trip`, async () => {
    const before = db.roundTrips;
    const { body } = await post(app, {
      query: withField(AT_LIMIT, 'version'),
      variables: pages,
    });
    expect(codes(body)).toEqual(['QUERY_TOO_COMPLEX']);
    expect(body.errors[0].message).toBe(
      `The query costs ${LIMIT + 1}; the limit is ${LIMIT}. Ask for smaller pages or fewer nested connections.`,
    );
    expect(body.data).toBeUndefined();
    expect(db.roundTrips).toBe(before);
  });

  it('refuses it too when one page grows by one', async () => {
    const { body } = await post(app, { query: AT_LIMIT, variables: { ...pages, a: 42 } });
    expect(codes(body)).toEqual(['QUERY_TOO_COMPLEX']);
    expect(body.errors[0].message).toMatch(/^The query costs 102439; the limit is 100000\./);
    // Costs are remembered per document and variables (cost.ts): the smaller pages still run.
    const again = await post(app, { query: AT_LIMIT, variables: pages });
    expect(again.body.errors).toBeUndefined();
  });
});
