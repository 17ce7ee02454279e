// The nodes of an exposure answer (the firm, the measure, each hop's ends) are read as the graph
// knew them at the root's `knownAt`, as `measures(knownAt:)` and `nodes(knownAt:)` read them: a
// measure restated and a firm renamed after that instant show as they were then. Facts are
// written through the API, then read back as known before the changes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabase } from '../helpers/database.ts';
import { globalId } from '../helpers/graphql.ts';
import { client, type Json, type Variable } from '../mutations/client.ts';

const db = testDatabase();
const { mutate, read } = client(db);

const SOURCE = 'source:zknodes-note';
const FIRM = 'company:zknodes-motors';
const MAGNETS = 'commodity:zknodes-magnets';
const MEASURE = 'measure:zknodes-curb';
const quoted = (quote: string) =>
  ['ProvenanceInput!', { sourceIds: [SOURCE], quote, confidence: 1 }] as Variable;

const removeData = () =>
  db.runText(
    `MATCH (n) WHERE n.id CONTAINS 'zknodes' OR n.versionOf CONTAINS 'zknodes' DETACH DELETE n`,
    {},
    'WRITE',
  );
async function ok(answer: Promise<Json>): Promise<Json> {
  const { data, error, errors } = await answer;
  expect(error ?? errors).toBeUndefined();
  return data;
}
const firm = (name: string) =>
  mutate('upsertCompany', {
    input: ['OrganizationInput!', { id: FIRM, name, kind: 'carmaker' }],
    provenance: quoted('Knodes Motors relies on'),
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
    provenance: quoted('Beijing curbed knodes magnets to Japan'),
  });
const link = (type: string, from: string, to: string, quote: string, criticality?: number) =>
  mutate('link', {
    type: ['RelationshipType!', type],
    from: ['ID!', from],
    to: ['ID!', to],
    properties: ['LinkPropertiesInput', criticality === undefined ? null : { criticality }],
    provenance: quoted(quote),
  });

let then = '';
beforeAll(async () => {
  await removeData();
  await ok(
    mutate('upsertSource', {
      input: [
        'SourceInput!',
        {
          id: SOURCE,
          kind: 'ARTICLE',
          title: 'A knodes note',
          text: 'Knodes Motors relies on knodes magnets. Beijing curbed knodes magnets to Japan.',
        },
      ],
    }),
  );
  await ok(firm('Knodes Motors'));
  await ok(
    mutate('upsertCommodity', {
      input: ['CommodityInput!', { id: MAGNETS, name: 'knodes magnets' }],
      provenance: quoted('knodes magnets'),
    }),
  );
  await ok(
    measure('A curb, as first reported.', {
      status: 'IN_FORCE',
      on: { on: '2026-03-02' },
      provenance: { sourceIds: [SOURCE], quote: 'Beijing curbed knodes magnets', confidence: 1 },
    }),
  );
  await ok(link('COVERS', MEASURE, MAGNETS, 'curbed knodes magnets'));
  await ok(link('TARGETS', MEASURE, 'country:JP', 'to Japan'));
  await ok(link('BASED_IN', FIRM, 'country:JP', 'Knodes Motors'));
  then = (await ok(link('DEPENDS_ON', FIRM, MAGNETS, 'relies on knodes magnets', 0.5))).at;
  // Restated after `then`: a read as known `then` must not show these.
  await ok(measure('A curb, as corrected.'));
  await ok(firm('Knodes Motors Holdings'));
});
afterAll(removeData);

const AS_OF = '2026-06-01';

describe('exposure answers read their nodes as known at knownAt', () => {
  it('exposure(knownAt): the measure and the hops’ ends as they were then; now without it', async () => {
    const query = `query($f: ID!, $asOf: Date, $k: DateTime) { exposure(firm: $f, asOf: $asOf, knownAt: $k) {
      firm { name } measures { score measure { id description }
        path { measure { description } hops { type from { ... on Company { name } } } } } } }`;
    const known = async (k: string | null) =>
      (await read(query, { f: globalId('Company', FIRM), asOf: AS_OF, k })).exposure;
    const past = await known(then);
    expect(past.firm.name).toBe('Knodes Motors');
    expect(past.measures.map((m: Json) => m.measure.description)).toEqual([
      'A curb, as first reported.',
    ]);
    expect(past.measures[0].path.measure.description).toBe('A curb, as first reported.');
    expect(past.measures[0].path.hops[0]).toEqual({
      type: 'DEPENDS_ON',
      from: { name: 'Knodes Motors' },
    });
    // The same measure as measures(knownAt:) shows it.
    const listed = await read(
      `query($id: ID!, $k: DateTime) { nodes(ids: [$id], knownAt: $k) { ... on Measure { description } } }`,
      { id: MEASURE, k: then },
    );
    expect(listed.nodes[0].description).toBe(past.measures[0].measure.description);
    const now = await known(null);
    expect(now.firm.name).toBe('Knodes Motors Holdings');
    expect(now.measures[0].measure.description).toBe('A curb, as corrected.');
  });

  it('exposedFirms(knownAt): the firm and the path’s measure as they were then', async () => {
    const query = `query($m: ID!, $asOf: Date, $k: DateTime) { exposedFirms(measure: $m, asOf: $asOf, knownAt: $k, first: 10) {
      totalCount edges { node { score firm { id name }
        path { measure { description } hops { type to { id } } } } } } }`;
    const known = async (k: string | null) =>
      (await read(query, { m: globalId('Measure', MEASURE), asOf: AS_OF, k })).exposedFirms;
    const past = await known(then);
    expect(past.totalCount).toBe(1);
    expect(past.edges[0].node.firm.name).toBe('Knodes Motors');
    expect(past.edges[0].node.path.measure.description).toBe('A curb, as first reported.');
    expect(past.edges[0].node.path.hops.map((h: Json) => h.type)).toEqual([
      'DEPENDS_ON',
      'COVERS',
      'TARGETS',
      'BASED_IN',
    ]);
    const now = await known(null);
    expect(now.edges[0].node.firm.name).toBe('Knodes Motors Holdings');
    expect(now.edges[0].node.path.measure.description).toBe('A curb, as corrected.');
  });
});
