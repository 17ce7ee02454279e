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

describe('DataLoader batching', () => {
  it('lists 50 measures with imposer, targets and covered goods in a constant number of round trips', async () => {
    const query = `query($first: Int) { measures(first: $first, filter: {kinds: [${KIND}]}) { edges { node {
      imposedBy { edges { node { name } } } targets { edges { node { name } } }
      covers { edges { node { ... on Commodity { name hsCodes } } sources { title } } } } } } }`;
    const count = async (first: number) => {
      const before = db.roundTrips;
      const { data, errors } = await run(db, query, { first });
      expect(errors).toBeUndefined();
      expect(data.measures.edges).toHaveLength(first);
      return db.roundTrips - before;
    };
    const forFive = await count(5);
    const forFifty = await count(50);
    expect(forFifty).toBe(forFive);
    // The page with the first page of each relationship (read ahead), then the edges' sources.
    expect(forFifty).toBe(2);
  });
});

describe('reading ahead (src/schema/prefetch.ts)', () => {
  const relations = (args: string) => `
    imposedBy${args} { edges { quote node { id ... on Country { quote assertedBy } } } }
    targets${args} { edges { node { id } } pageInfo { hasNextPage } }
    covers${args} { edges { node { ... on Commodity { id } ... on Sector { id } } } }`;
  const globalId = (text: string) => Buffer.from(text).toString('base64');
  const measureId = globalId('Measure:measure:test-batching-07');

  it('answers node(id) and its relationships in one round trip, as the loader would', async () => {
    const ask = async (args: string) => {
      const before = db.roundTrips;
      const { data, errors } = await run(
        db,
        `query($id: ID!) { node(id: $id) { id ... on Measure { ${relations(args)} } } }`,
        { id: measureId },
      );
      expect(errors).toBeUndefined();
      return { node: data.node, trips: db.roundTrips - before };
    };
    const ahead = await ask('');
    // A page size other than the default is not read ahead: the loader fetches it.
    const loaded = await ask('(first: 5)');
    expect(ahead.trips).toBe(1);
    expect(loaded.trips).toBe(2);
    expect(ahead.node).toEqual(loaded.node);
    expect(ahead.node.covers.edges).toEqual([
      { node: { id: globalId('Commodity:commodity:rare-earth-metals') } },
    ]);
  });

  it('reads ahead through named fragments on the right type only', async () => {
    const before = db.roundTrips;
    const { data, errors } = await run(
      db,
      `query($id: ID!) { node(id: $id) { ...M ...C } }
       fragment M on Measure { imposedBy { edges { node { id } } } }
       fragment C on Country { measuresImposed { totalCount } }`,
      { id: measureId },
    );
    expect(errors).toBeUndefined();
    expect(data.node.imposedBy.edges).toEqual([{ node: { id: globalId('Country:country:CN') } }]);
    expect(db.roundTrips - before).toBe(1);
  });

  it('sends a relationship’s properties when any selection of it reads them', async () => {
    const { data, errors } = await run(
      db,
      `query($id: ID!) { node(id: $id) { ... on Measure {
         bare: imposedBy { edges { node { id } } }
         read: imposedBy { edges { inferred relationshipId } } } } }`,
      { id: measureId },
    );
    expect(errors).toBeUndefined();
    expect(data.node.read.edges).toEqual([
      { inferred: true, relationshipId: 'measure:test-batching-07-[IMPOSED_BY]->country:CN' },
    ]);
  });

  it('gives a page of measures the same relationships read ahead or loaded', async () => {
    const page = async (args: string) => {
      const before = db.roundTrips;
      const { data, errors } = await run(
        db,
        `{ measures(first: 50, filter: {kinds: [${KIND}]}) { edges { node { id assertedBy ${relations(args)} } } } }`,
      );
      expect(errors).toBeUndefined();
      return { edges: data.measures.edges, trips: db.roundTrips - before };
    };
    const ahead = await page('');
    const loaded = await page('(first: 10)');
    expect(loaded.trips).toBe(2);
    expect(ahead.trips).toBe(1);
    expect(ahead.edges).toHaveLength(50);
    expect(ahead.edges).toEqual(loaded.edges);
    // Provenance is sent where it is read: the measures' own, and their imposer's.
    expect(ahead.edges[0].node.assertedBy).toBe('seed');
    expect(ahead.edges[0].node.imposedBy.edges[0].node.quote).toEqual(expect.any(String));
  });
});
