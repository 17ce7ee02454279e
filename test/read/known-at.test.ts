// One knownAt for the whole answer: everything below a root field given `knownAt` is read as the
// graph knew it then — the node's properties, its status and history, each relationship (standing
// then, with its properties then), the nodes at their far ends, their sources — and never a mix of
// then and now. Facts are written through the API, then read back as known before the changes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabase } from '../helpers/database.ts';
import { client, type Json, type Variable } from '../mutations/client.ts';

const db = testDatabase();
const { mutate, read } = client(db);

const SOURCE = 'source:zsnap-note';
const TEXT =
  'Snap Motors relies on snap magnets and snap coils. Beijing curbed snap magnets to Japan.';
const FIRM = 'company:zsnap-motors';
const MAGNETS = 'commodity:zsnap-magnets';
const COILS = 'commodity:zsnap-coils';
const MEASURE = 'measure:zsnap-curb';
const quoted = (quote: string) =>
  ['ProvenanceInput!', { sourceIds: [SOURCE], quote, confidence: 1 }] as Variable;

const removeData = () =>
  db.runText(
    `MATCH (n) WHERE n.id CONTAINS 'zsnap' OR n.versionOf CONTAINS 'zsnap' DETACH DELETE n`,
    {},
    'WRITE',
  );
async function ok(answer: Promise<Json>): Promise<Json> {
  const { data, error, errors } = await answer;
  expect(error ?? errors).toBeUndefined();
  return data;
}
const good = (id: string, name: string) =>
  mutate('upsertCommodity', {
    input: ['CommodityInput!', { id, name }],
    provenance: quoted('snap magnets and snap coils'),
  });
const link = (type: string, from: string, to: string, quote: string, criticality?: number) =>
  mutate('link', {
    type: ['RelationshipType!', type],
    from: ['ID!', from],
    to: ['ID!', to],
    properties: ['LinkPropertiesInput', criticality === undefined ? null : { criticality }],
    provenance: quoted(quote),
  });
const measure = (description: string, initialStatus?: unknown) =>
  mutate('upsertMeasure', {
    input: [
      'MeasureInput!',
      {
        id: MEASURE,
        kind: 'EXPORT_CONTROL',
        description,
        ...(initialStatus ? { initialStatus } : {}),
      },
    ],
    provenance: quoted('Beijing curbed snap magnets to Japan'),
  });

let then = '';
beforeAll(async () => {
  await removeData();
  await ok(
    mutate('upsertSource', {
      input: ['SourceInput!', { id: SOURCE, kind: 'ARTICLE', title: 'A snap note', text: TEXT }],
    }),
  );
  await ok(
    mutate('upsertCompany', {
      input: ['OrganizationInput!', { id: FIRM, name: 'Snap Motors', kind: 'carmaker' }],
      provenance: quoted('Snap Motors relies on'),
    }),
  );
  await ok(good(MAGNETS, 'snap magnets'));
  await ok(good(COILS, 'snap coils'));
  const announced = {
    status: 'ANNOUNCED',
    on: { on: '2026-03-02' },
    provenance: { sourceIds: [SOURCE], quote: 'Beijing curbed snap magnets', confidence: 1 },
  };
  await ok(measure('A curb, as first reported.', announced));
  await ok(link('COVERS', MEASURE, MAGNETS, 'curbed snap magnets'));
  await ok(link('COVERS', MEASURE, COILS, 'snap coils'));
  then = (await ok(link('DEPENDS_ON', FIRM, MAGNETS, 'relies on snap magnets', 0.5))).at;
  // Everything after `then` is unknown to a read as known `then`.
  await ok(measure('A curb, as corrected.'));
  await ok(good(MAGNETS, 'snap magnets (NdFeB)'));
  await ok(link('DEPENDS_ON', FIRM, MAGNETS, 'relies on snap magnets', 0.9));
  await ok(link('TARGETS', MEASURE, 'country:JP', 'to Japan'));
  await ok(
    mutate('changeMeasureStatus', {
      measure: ['ID!', MEASURE],
      status: ['MeasureStatus!', 'IN_FORCE'],
      on: ['PartialDateInput!', { on: '2026-04-01' }],
      provenance: quoted('Beijing curbed snap magnets'),
    }),
  );
  await ok(
    mutate('retract', {
      id: ['ID!', `${MEASURE}-[COVERS]->${COILS}`],
      reason: ['String!', 'Coils were never covered.'],
    }),
  );
});
afterAll(removeData);

const MEASURE_FIELDS = `description status
  statusHistory { totalCount edges { node { status } } }
  covers { totalCount edges { quote node { ... on Commodity { name } } } }
  targets { totalCount }`;

describe('knownAt: one moment for the whole answer', () => {
  it('nodes(ids, knownAt): the measure, its history, its relationships and their far ends as known then', async () => {
    const query = `query($id: ID!, $k: DateTime) { nodes(ids: [$id], knownAt: $k) { ... on Measure { ${MEASURE_FIELDS} } } }`;
    const past = await read(query, { id: MEASURE, k: then });
    expect(past.nodes[0]).toEqual({
      description: 'A curb, as first reported.',
      status: 'ANNOUNCED',
      statusHistory: { totalCount: 1, edges: [{ node: { status: 'ANNOUNCED' } }] },
      covers: {
        totalCount: 2,
        edges: [
          { quote: 'snap coils', node: { name: 'snap coils' } },
          { quote: 'curbed snap magnets', node: { name: 'snap magnets' } },
        ],
      },
      targets: { totalCount: 0 },
    });
    const now = await read(query, { id: MEASURE, k: null });
    expect(now.nodes[0]).toEqual({
      description: 'A curb, as corrected.',
      status: 'IN_FORCE',
      statusHistory: {
        totalCount: 2,
        edges: [{ node: { status: 'ANNOUNCED' } }, { node: { status: 'IN_FORCE' } }],
      },
      covers: {
        totalCount: 1,
        edges: [{ quote: 'curbed snap magnets', node: { name: 'snap magnets (NdFeB)' } }],
      },
      targets: { totalCount: 1 },
    });
  });

  it('a relationship restated since: its properties as they were then', async () => {
    const query = `query($id: ID!, $k: DateTime) { nodes(ids: [$id], knownAt: $k) { ... on Company {
      dependsOn { edges { criticality node { name } } } } } }`;
    const past = await read(query, { id: FIRM, k: then });
    expect(past.nodes[0].dependsOn.edges).toEqual([
      { criticality: 0.5, node: { name: 'snap magnets' } },
    ]);
    const now = await read(query, { id: FIRM });
    expect(now.nodes[0].dependsOn.edges).toEqual([
      { criticality: 0.9, node: { name: 'snap magnets (NdFeB)' } },
    ]);
  });

  it('measures(knownAt): every nested field from the same moment as the list', async () => {
    const query = `query($k: DateTime) { measures(knownAt: $k, first: 100) { edges { node { id ${MEASURE_FIELDS} } } } }`;
    const ours = (data: Json) =>
      data.measures.edges.find(
        (e: Json) => e.node.id.length > 0 && e.node.description.startsWith('A curb'),
      )?.node;
    const listed = ours(await read(query, { k: then }));
    const single = await read(
      `query($id: ID!, $k: DateTime) { nodes(ids: [$id], knownAt: $k) { id ... on Measure { ${MEASURE_FIELDS} } } }`,
      { id: MEASURE, k: then },
    );
    expect(listed).toEqual(single.nodes[0]);
  });

  it('a node not yet asserted then is not there', async () => {
    const before = new Date(Date.parse(then) - 60_000).toISOString();
    const past = await read(
      'query($id: ID!, $k: DateTime) { nodes(ids: [$id], knownAt: $k) { id } }',
      {
        id: FIRM,
        k: before,
      },
    );
    expect(past.nodes[0]).toBeNull();
  });
});
