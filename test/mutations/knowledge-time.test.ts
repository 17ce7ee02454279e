// A measure's history through mutations: created with its first status, its status changed by
// appended events, a change retracted; `knownAt` reads the picture as it was known at each
// instant, without it the picture now (measures, exposure, exposedFirms).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabase } from '../helpers/database.ts';
import { globalId } from '../helpers/graphql.ts';
import { client, removeMutationData, type Variable } from './client.ts';
import { FIRM, firmVariables, GOOD, MEASURE, quoted, SOURCE, sourceVariables } from './fixtures.ts';

const db = testDatabase();
const { mutate, read } = client(db);
const later = () => new Promise((resolve) => setTimeout(resolve, 5));
const at: Record<string, string> = {};

const link = (type: string, from: string, to: string, quote: string, criticality?: number) =>
  mutate('link', {
    type: ['RelationshipType!', type],
    from: ['ID!', from],
    to: ['ID!', to],
    properties: ['LinkPropertiesInput', criticality === undefined ? null : { criticality }],
    provenance: ['ProvenanceInput!', quoted(quote)],
  });
const change = (status: string, on: string, quote: string): Record<string, Variable> => ({
  measure: ['ID!', globalId('Measure', MEASURE)],
  status: ['MeasureStatus!', status],
  on: ['PartialDateInput!', { on }],
  provenance: ['ProvenanceInput!', quoted(quote)],
});
const measureInput = (description: string, initialStatus?: unknown): Record<string, Variable> => ({
  input: [
    'MeasureInput!',
    { id: MEASURE, kind: 'EXPORT_BAN', description, ...(initialStatus ? { initialStatus } : {}) },
  ],
  provenance: [
    'ProvenanceInput!',
    quoted('China announced a ban on exports of neodymium to Japan'),
  ],
});

beforeAll(async () => {
  await removeMutationData(db);
  at.before = new Date().toISOString();
  await later();
  await mutate('upsertSource', sourceVariables());
  await mutate('upsertCompany', firmVariables());
  await mutate('upsertCommodity', {
    input: ['CommodityInput!', { id: GOOD, name: 'Zmut neodymium' }],
    provenance: ['ProvenanceInput!', quoted('neodymium')],
  });
  await link('BASED_IN', FIRM, 'country:JP', 'a Japanese carmaker');
  await link('DEPENDS_ON', FIRM, GOOD, 'relies on neodymium magnets', 0.8);
  const created = await mutate(
    'upsertMeasure',
    measureInput('China bans neodymium exports to Japan.', {
      status: 'ANNOUNCED',
      on: { on: '2026-03-02' },
      provenance: { sourceIds: [SOURCE], quote: 'On 2 March 2026 China announced', confidence: 1 },
    }),
  );
  expect(created.error).toBeUndefined();
  await link('IMPOSED_BY', MEASURE, 'country:CN', 'China announced');
  await link('TARGETS', MEASURE, 'country:JP', 'to Japan');
  const covers = await link('COVERS', MEASURE, GOOD, 'exports of neodymium');
  at.announced = covers.data.at;
  await later();
  at.inForce = (
    await mutate('changeMeasureStatus', change('IN_FORCE', '2026-04-01', 'in force from 1 April'))
  ).data.at;
  await later();
  at.suspended = (
    await mutate(
      'changeMeasureStatus',
      change('SUSPENDED', '2026-05-10', 'The ban was suspended on 10 May'),
    )
  ).data.at;
  await later();
  const retracted = await mutate('retract', {
    id: ['ID!', `${MEASURE}/status/2`],
    reason: ['String!', 'The suspension was misreported.'],
  });
  expect(retracted.data.counts.nodes.updated).toBe(2); // the change, and the measure's status
  await later();
  at.renamed = (
    await mutate('upsertMeasure', measureInput('China bans neodymium exports.'))
  ).data.at;
});
afterAll(() => removeMutationData(db));

const MEASURES = `query($known: DateTime) {
  measures(filter: { covers: ["${globalId('Commodity', GOOD)}"] }, knownAt: $known) {
    edges { node { status description } }
  }
}`;
const EXPOSED = `query($known: DateTime) {
  exposedFirms(measure: "${globalId('Measure', MEASURE)}", asOf: "2026-06-01", knownAt: $known) {
    edges { node { score path { status } } }
  }
  exposure(firm: "${globalId('Company', FIRM)}", asOf: "2026-06-01", knownAt: $known) {
    total
  }
}`;

describe('knownAt', () => {
  it.each([
    ['before the measure was known', 'before', []],
    [
      'once announced',
      'announced',
      [{ status: 'ANNOUNCED', description: 'China bans neodymium exports to Japan.' }],
    ],
    [
      'once in force',
      'inForce',
      [{ status: 'IN_FORCE', description: 'China bans neodymium exports to Japan.' }],
    ],
    [
      'before the suspension was retracted',
      'suspended',
      [{ status: 'SUSPENDED', description: 'China bans neodymium exports to Japan.' }],
    ],
    [
      'now (no knownAt)',
      undefined,
      [{ status: 'IN_FORCE', description: 'China bans neodymium exports.' }],
    ],
  ])('measures: %s', async (_when, instant, expected) => {
    const data = await read(MEASURES, { known: instant ? at[instant] : null });
    expect(data.measures.edges.map((e: { node: unknown }) => e.node)).toEqual(expected);
  });

  it.each([
    ['before', null, 0],
    ['announced', 'ANNOUNCED', 0.7 * 0.8],
    ['inForce', 'IN_FORCE', 0.8],
    ['suspended', 'SUSPENDED', 0.1 * 0.8],
    [undefined, 'IN_FORCE', 0.8],
  ])('exposedFirms and exposure as known at %s', async (instant, status, score) => {
    const data = await read(EXPOSED, { known: instant ? at[instant] : null });
    const firms = data.exposedFirms.edges.map((e: { node: unknown }) => e.node);
    if (status === null) expect(firms).toEqual([]);
    else expect(firms).toEqual([{ score: expect.closeTo(score, 9), path: { status } }]);
    expect(data.exposure.total).toBeCloseTo(score, 9);
  });

  it('is an instant with a zone; anything else is refused naming the argument', async () => {
    const { body } = await client(db).post(MEASURES, { known: '2026-03-01' });
    expect(body.errors[0].message).toMatch(
      /\$known.*Invalid DateTime "2026-03-01": expected ISO 8601 with a zone/,
    );
  });
});

describe('a measure’s status history', () => {
  it('grows by events; the retracted change is kept, hidden, and no longer decides the status', async () => {
    const { node } = await read(
      `query($id: ID!) { node(id: $id) { ... on Measure { status
        shown: statusHistory { edges { node { status } } }
        all: statusHistory(includeRetracted: true) { edges { node { status retracted { reason } } } } } } }`,
      { id: globalId('Measure', MEASURE) },
    );
    expect(node.status).toBe('IN_FORCE');
    expect(node.shown.edges.map((e: { node: { status: string } }) => e.node.status)).toEqual([
      'ANNOUNCED',
      'IN_FORCE',
    ]);
    expect(node.all.edges.map((e: { node: unknown }) => e.node)).toEqual([
      { status: 'ANNOUNCED', retracted: null },
      { status: 'IN_FORCE', retracted: null },
      { status: 'SUSPENDED', retracted: { reason: 'The suspension was misreported.' } },
    ]);
  });

  it('takes changes in date order only (of the changes that stand), and a first status only at creation', async () => {
    const early = await mutate(
      'changeMeasureStatus',
      change('LIFTED', '2026-03', 'China announced'),
    );
    // The retracted suspension (10 May) no longer counts: the latest change is 1 April.
    expect(early.error.issues).toEqual([
      {
        path: 'on',
        message: 'statusHistory must be in date order: 2026-03 comes before 2026-04-01',
      },
    ]);
    const restated = await mutate(
      'upsertMeasure',
      measureInput('Again.', { status: 'ANNOUNCED', on: { on: '2026-03-02' } }),
    );
    expect(restated.error.issues[0].path).toBe('input.initialStatus');
    const unknown = await mutate('changeMeasureStatus', {
      ...change('LIFTED', '2026-07', 'China announced'),
      measure: ['ID!', 'measure:zmut-none'],
    });
    expect(unknown.error).toMatchObject({
      __typename: 'NotFoundError',
      missing: 'measure:zmut-none',
    });
  });

  it('takes, after a wrongly dated change is retracted, the change dated before it', async () => {
    const corrected = await mutate('changeMeasureStatus', {
      ...change('SUSPENDED', '2026-05-01', 'The ban was suspended'),
      provenance: [
        'ProvenanceInput!',
        {
          sourceIds: [SOURCE],
          inferred: true,
          rationale: 'Misdated by the note.',
          confidence: 0.8,
        },
      ],
    });
    expect(corrected.error).toBeUndefined();
    const { node } = await read(
      `query($id: ID!) { node(id: $id) { ... on Measure { status
        statusHistory { edges { node { id status on { date } } } } } } }`,
      { id: globalId('Measure', MEASURE) },
    );
    expect(node.status).toBe('SUSPENDED');
    expect(node.statusHistory.edges.map((e: { node: unknown }) => e.node)).toEqual([
      {
        id: globalId('StatusChange', `${MEASURE}/status/0`),
        status: 'ANNOUNCED',
        on: { date: '2026-03-02' },
      },
      {
        id: globalId('StatusChange', `${MEASURE}/status/1`),
        status: 'IN_FORCE',
        on: { date: '2026-04-01' },
      },
      {
        id: globalId('StatusChange', `${MEASURE}/status/3`),
        status: 'SUSPENDED',
        on: { date: '2026-05-01' },
      },
    ]);
  });
});
