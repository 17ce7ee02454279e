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
    // One per level: the page; the three relationships of every measure; the edges' sources.
    expect(forFifty).toBe(3);
  });
});
