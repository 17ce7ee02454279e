import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFiles } from '../../src/load/write.ts';
import { testDatabase } from '../helpers/database.ts';
import { run } from '../helpers/graphql.ts';

const db = testDatabase();
const KIND = 'SANCTION';
const provenance = {
  sourceIds: ['source:china-japan-dual-use-export-curbs'],
  quote: null,
  confidence: 1,
  inferred: true,
  rationale: 'test data',
};

// 50 measures of a kind the seed does not use, each imposed by China, targeting Japan, covering
// rare earths: enough that one query per item would show.
beforeAll(async () => {
  const ids = Array.from(
    { length: 50 },
    (_, i) => `measure:test-batching-${String(i).padStart(2, '0')}`,
  );
  const rel = (id: string, type: string, to: string) => ({
    id: `${id}-[${type}]->${to}`,
    type,
    from: id,
    to,
    props: { ...provenance, id: `${id}-[${type}]->${to}` },
  });
  await writeFiles(db, [
    {
      file: 'batching-test',
      nodes: ids.map((id) => ({
        id,
        labels: ['Measure'],
        props: { ...provenance, id, kind: KIND, description: id, status: 'IN_FORCE' },
      })),
      relationships: ids.flatMap((id) => [
        rel(id, 'IMPOSED_BY', 'country:CN'),
        rel(id, 'TARGETS', 'country:JP'),
        rel(id, 'COVERS', 'commodity:rare-earth-metals'),
      ]),
    },
  ]);
});
afterAll(() =>
  db.runText(
    "MATCH (m:Measure) WHERE m.id STARTS WITH 'measure:test-batching-' DETACH DELETE m",
    {},
    'WRITE',
  ),
);

const measureId = 'measure:test-batching-07';

/** Runs a query and counts its Neo4j round trips. */
async function trips(query: string, variables: Record<string, unknown> = {}) {
  const before = db.roundTrips;
  const { data, errors } = await run(db, query, variables);
  expect(errors).toBeUndefined();
  return { data, trips: db.roundTrips - before };
}

describe('one round trip per root field (src/read/)', () => {
  it('lists 50 measures with imposer, targets, covered goods and the edges’ sources in one', async () => {
    const query = `query($first: Int) { measures(first: $first, filter: {kinds: [${KIND}]}) { edges { node {
      imposedBy { edges { node { name } } } targets { edges { node { name } } }
      covers { edges { node { ... on Commodity { name hsCodes } } sources { title } } } } } } }`;
    const five = await trips(query, { first: 5 });
    const fifty = await trips(query, { first: 50 });
    expect(fifty.data.measures.edges).toHaveLength(50);
    expect([five.trips, fifty.trips]).toEqual([1, 1]);
  });

  it('reads node(id) four levels deep, with pages of any size and totals, in one', async () => {
    const query = `query($id: ID!) { node(id: $id) { id ... on Measure {
      imposedBy(first: 5) { totalCount edges { quote node { id ... on Country { quote assertedBy
        measuresImposed(first: 3) { totalCount edges { node { id ... on Measure {
          covers { edges { node { ... on Commodity { id memberOf { edges { node { id } } } } } } } } } } } } } } }
      targets { edges { node { id } } pageInfo { hasNextPage } } } } }`;
    const { data, trips: count } = await trips(query, { id: measureId });
    expect(count).toBe(1);
    expect(data.node.imposedBy.totalCount).toBe(1);
    expect(data.node.imposedBy.edges[0].node.measuresImposed.edges).toHaveLength(3);
  });

  it('counts a list in the same statement when totalCount is selected, also past its last page', async () => {
    const query = `query($after: String) { measures(first: 10, after: $after, filter: {kinds: [${KIND}]}) {
      totalCount edges { node { id } } } }`;
    const first = await trips(query, {});
    expect(first.data.measures.totalCount).toBe(50);
    const beyond = await trips(query, {
      after: Buffer.from('OffsetConnection:60').toString('base64'),
    });
    expect(beyond.data.measures).toEqual({ totalCount: 50, edges: [] });
    expect([first.trips, beyond.trips]).toEqual([1, 1]);
  });

  it('reads search hits and what is selected below their nodes in one; fuzzy in two', async () => {
    const query = `query($q: String!, $after: String) { search(query: $q, first: 5, after: $after) {
      edges { snippet node { id
        ... on Person { positions { totalCount edges { title node { id label } } } } } } } }`;
    const exact = await trips(query, { q: 'Takaichi' });
    expect(exact.data.search.edges[0].node.positions.totalCount).toBeGreaterThan(0);
    expect(exact.trips).toBe(1);
    const fuzzy = await trips(query, { q: 'Takiachi' });
    expect(fuzzy.data.search.edges[0].node.id).toBe('person:sanae-takaichi');
    expect(fuzzy.trips).toBe(2);
    // A page past the exact hits is empty, in one trip: fuzzy is asked only when exact finds none.
    const after = Buffer.from('OffsetConnection:60').toString('base64');
    const beyond = await trips(query, { q: 'Takaichi', after });
    expect(beyond.data.search.edges).toEqual([]);
    expect(beyond.trips).toBe(1);
  });

  it('follows named fragments on the right type only', async () => {
    const { data, trips: count } = await trips(
      `query($id: ID!) { node(id: $id) { ...M ...C } }
       fragment M on Measure { imposedBy { edges { node { id } } } }
       fragment C on Country { measuresImposed { totalCount } }`,
      { id: measureId },
    );
    expect(data.node.imposedBy.edges).toEqual([{ node: { id: 'country:CN' } }]);
    expect(count).toBe(1);
  });

  it('gives aliases of one relationship each its own selection', async () => {
    const { data } = await trips(
      `query($id: ID!) { node(id: $id) { ... on Measure {
         bare: imposedBy { edges { node { id } } }
         read: imposedBy { edges { inferred relationshipId } } } } }`,
      { id: measureId },
    );
    expect(data.node.bare.edges).toEqual([{ node: { id: 'country:CN' } }]);
    expect(data.node.read.edges).toEqual([
      { inferred: true, relationshipId: 'measure:test-batching-07-[IMPOSED_BY]->country:CN' },
    ]);
  });

  it('answers a firm’s exposure in five round trips, the check that it is a company among them', async () => {
    // Where it is based and the goods it depends on (2, the second also says it is a company),
    // the measures covering those goods (1), its paths to them and the supply shares (2).
    const { data, trips: count } = await trips(
      `query($f: ID!) { exposure(firm: $f) { total measures { score } } }`,
      { f: 'company:mitsubishi-heavy-industries' },
    );
    expect(data.exposure.measures.length).toBeGreaterThan(0);
    expect(count).toBe(5);
  });

  it('reads no node of exposedFirms whose selection is its id alone, and the others in one', async () => {
    const query = (to: string) => `query($m: ID!) { exposedFirms(measure: $m, first: 5) {
      edges { node { firm { id } path { hops { from { id } to ${to} } } } } } }`;
    const variables = { m: 'measure:cn-2026-dual-use-export-ban-jp' };
    // The measure's scope (1: a scope is found only for a measure, so no check beside it), the
    // ranking (1); the firms and the hops' ends are known by the ids the ranking returned, and
    // their ids name their types (docs/ids.md).
    const bare = await trips(query('{ __typename id }'), variables);
    const hops = bare.data.exposedFirms.edges.flatMap(
      (edge: { node: { path: { hops: unknown[] } } }) => edge.node.path.hops,
    );
    expect(hops.length).toBeGreaterThan(5);
    expect(bare.trips).toBe(2);
    // A property selected at `to` is a read (one, for every hop's end), each end with its own
    // selection; the ends' ids and types are what that read says.
    const read = await trips(query('{ __typename id ... on Commodity { name } }'), variables);
    expect(read.trips).toBe(3);
    const ends = read.data.exposedFirms.edges.flatMap(
      (edge: { node: { path: { hops: { from: object; to: object }[] } } }) => edge.node.path.hops,
    );
    expect(ends.some((hop: { to: { name?: string } }) => typeof hop.to.name === 'string')).toBe(
      true,
    );
    expect(ends.every((hop: { from: object }) => Object.keys(hop.from).join() === 'id')).toBe(true);
    const typeAndId = (hop: { to: { __typename: string; id: string } }) =>
      `${hop.to.__typename} ${hop.to.id}`;
    expect(hops.map(typeAndId)).toEqual(ends.map(typeAndId));
  });
});
