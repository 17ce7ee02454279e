import { describe, expect, it } from 'vitest';
import { testDatabase } from '../helpers/database.ts';
import { globalId, run } from '../helpers/graphql.ts';

const db = testDatabase();
const JP = globalId('Country', 'country:JP');
const CN = globalId('Country', 'country:CN');
const DUAL_USE_BAN = 'measure:cn-2026-dual-use-export-ban-jp';

const ids = (data: { measures: { edges: { node: { id: string } }[] } }) =>
  data.measures.edges.map((edge) => edge.node.id);

describe('measures', () => {
  it('reads the dual-use export curb with who imposed it, whom it targets, and the words that say so', async () => {
    const { data, errors } = await run(
      db,
      `query($id: ID!) { node(id: $id) { ... on Measure {
         kind status quote inferred sources { title publisher }
         imposedBy { edges { node { name } quote } }
         targets { totalCount edges { node { ... on Country { iso2 } } } }
         covers { edges { node { ... on Commodity { name } } } }
         statusHistory { edges { node { status on { date precision inferred } } } }
      } } }`,
      { id: globalId('Measure', DUAL_USE_BAN) },
    );
    expect(errors).toBeUndefined();
    const measure = data.node;
    expect(measure.kind).toBe('EXPORT_CONTROL');
    expect(measure.status).toBe('IN_FORCE');
    expect(measure.sources[0].publisher).toBeNull();
    expect(measure.imposedBy.edges[0].node.name).toMatch(/China/);
    expect(measure.targets).toEqual({ totalCount: 1, edges: [{ node: { iso2: 'JP' } }] });
    expect(measure.covers.edges.map((e: { node: { name: string } }) => e.node.name)).toContain(
      'Dual-use items',
    );
    expect(measure.statusHistory.edges.length).toBeGreaterThan(0);
  });

  it('filters by imposer, target, kind and status', async () => {
    const all = await run(db, '{ measures(first: 100) { totalCount } }');
    const byBoth = await run(
      db,
      'query($cn: ID!, $jp: ID!) { measures(first: 100, filter: {imposedBy: [$cn], targets: [$jp]}) { totalCount edges { node { id } } } }',
      { cn: CN, jp: JP },
    );
    expect(byBoth.data.measures.totalCount).toBeGreaterThanOrEqual(5);
    expect(byBoth.data.measures.totalCount).toBeLessThanOrEqual(all.data.measures.totalCount);
    expect(ids(byBoth.data)).toContain(DUAL_USE_BAN);
    const seafood = await run(
      db,
      '{ measures(filter: {kinds: [IMPORT_BAN]}) { edges { node { kind description } } } }',
    );
    expect(seafood.data.measures.edges.map((e: { node: { kind: string } }) => e.node.kind)).toEqual(
      ['IMPORT_BAN'],
    );
    const considered = await run(
      db,
      '{ measures(filter: {statuses: [UNDER_CONSIDERATION]}) { edges { node { kind status } } } }',
    );
    expect(considered.data.measures.edges).toEqual([
      { node: { kind: 'LICENCE_TIGHTENING', status: 'UNDER_CONSIDERATION' } },
    ]);
  });

  it('answers "as of" a date: nothing of January 2026 existed in October 2025, and the 2010 curb was lifted by then', async () => {
    const before = await run(
      db,
      '{ measures(first: 100, filter: {activeAsOf: "2025-10-01"}) { edges { node { id } } } }',
    );
    expect(ids(before.data)).not.toContain(DUAL_USE_BAN);
    const after = await run(
      db,
      '{ measures(first: 100, filter: {activeAsOf: "2026-01-08"}) { edges { node { id status } } } }',
    );
    expect(ids(after.data)).toContain(DUAL_USE_BAN);
    const in2011 = await run(
      db,
      '{ measures(first: 100, filter: {activeAsOf: "2011-06-01"}) { edges { node { id status } } } }',
    );
    expect(ids(in2011.data).some((id) => id.includes('2010'))).toBe(true);
    expect(ids(after.data).some((id) => id.includes('2010'))).toBe(false);
  });

  it('pages in order with cursors, and refuses pages over 100 and malformed dates with clear errors', async () => {
    const first = await run(
      db,
      '{ measures(first: 2) { edges { cursor node { id } } pageInfo { hasNextPage endCursor } } }',
    );
    const next = await run(
      db,
      'query($after: String) { measures(first: 2, after: $after) { edges { node { id } } pageInfo { hasPreviousPage } } }',
      { after: first.data.measures.pageInfo.endCursor },
    );
    const both = await run(db, '{ measures(first: 4) { edges { node { id } } } }');
    expect([...ids(first.data), ...ids(next.data)]).toEqual(ids(both.data));
    expect(first.data.measures.pageInfo.hasNextPage).toBe(true);
    expect(next.data.measures.pageInfo.hasPreviousPage).toBe(true);

    const tooMany = await run(db, '{ measures(first: 101) { edges { cursor } } }');
    expect(tooMany.errors?.[0]?.message).toBe(
      'Argument "first" must be between 0 and 100; got 101.',
    );
    const badCursor = await run(db, '{ measures(after: "nonsense") { edges { cursor } } }');
    expect(badCursor.errors?.[0]?.message).toMatch(/"after" is not a cursor/);
    const badDate = await run(
      db,
      '{ measures(filter: {activeAsOf: "2025-02-30"}) { edges { cursor } } }',
    );
    expect(badDate.errors?.[0]?.message).toMatch(/Invalid Date "2025-02-30"/);
  });

  it('lists each measure’s imposers as a plain list, the nodes of imposedBy, in the same round trip', async () => {
    const before = db.roundTrips;
    const { data, errors } = await run(
      db,
      `{ measures(first: 50) { edges { node { id
         imposers { id ... on Country { name } }
         imposedBy { edges { node { id } } } } } } }`,
    );
    expect(errors).toBeUndefined();
    expect(db.roundTrips - before).toBe(1);
    type Measure = {
      id: string;
      imposers: { id: string; name?: string }[];
      imposedBy: { edges: { node: { id: string } }[] };
    };
    const measures = (data.measures.edges as { node: Measure }[]).map((edge) => edge.node);
    expect(measures.length).toBeGreaterThan(5);
    for (const measure of measures)
      expect(measure.imposers.map((actor) => actor.id)).toEqual(
        measure.imposedBy.edges.map((edge) => edge.node.id),
      );
    const ban = measures.find((measure) => measure.id === globalId('Measure', DUAL_USE_BAN));
    expect(ban?.imposers).toEqual([{ id: CN, name: 'China' }]);
  });
});
