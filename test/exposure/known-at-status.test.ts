// A measure's status is worked out from its status changes, and at `knownAt` from the changes as
// known then (docs/history.md): a change that an import corrected since keeps its old date and
// status, in a version. Two measures, each against a firm's country, are written at T1 with the
// changes ANNOUNCED (2030-01-01) and IN_FORCE (2030-03-01); an import at T2 corrects the second
// change of one to LIFTED (its status) and that of the other to 2030-09-01 (its date). Asked
// about 2030-06-01, both were in force as known at T1; now one is lifted and the other only
// announced. Every read that works out a status says so: `measures` (its status filters and
// totalCount), `node`, and exposure (whom a measure reaches, and how likely it bites).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFiles } from '../../src/load/write.ts';
import type { NormalizedSeedFile } from '../../src/model/format.ts';
import { testDatabase } from '../helpers/database.ts';
import { globalId, run } from '../helpers/graphql.ts';

const PREFIX = 'zkstatus';
const T1 = '2024-01-01T00:00:00.000Z';
const T2 = '2024-06-01T00:00:00.000Z';
/** Between the two writes: the graph as it was known before the correction. */
const BEFORE = '2024-03-01T00:00:00.000Z';
const AS_OF = '2030-06-01';

const IMPOSER = `country:${PREFIX}-imposer`;
const TARGET = `country:${PREFIX}-target`;
const FIRM = `company:${PREFIX}-firm`;
const GOOD = `commodity:${PREFIX}-good`;
const SECTOR = `sector:${PREFIX}-makers`;
/** The measure whose second change's status is corrected, and the one whose date is. */
const LIFTED = `measure:${PREFIX}-lifted`;
const LATER = `measure:${PREFIX}-later`;

const provenance = (id: string) => ({
  id,
  sourceIds: ['source:analyst-background'],
  quote: null,
  confidence: 1,
  inferred: true,
  rationale: 'planted test data',
});
const node = (id: string, labels: string[], props: Record<string, unknown> = {}) => ({
  id,
  labels,
  props: { ...provenance(id), name: id, ...props },
});
const rel = (type: string, from: string, to: string, props: Record<string, unknown> = {}) => {
  const id = `${from}-[${type}]->${to}`;
  return { id, type, from, to, props: { ...provenance(id), ...props } };
};
const change = (measure: string, index: number, status: string, on: string) =>
  node(`${measure}/status/${index}`, ['StatusChange'], {
    status,
    on: { $date: on },
    onPrecision: 'day',
    index: { $int: index },
    measureId: measure,
  });

/** The graph as written at T1 (`corrected` false) and as the import at T2 corrects it. */
function graph(corrected: boolean): NormalizedSeedFile {
  const measure = (id: string, status: string) =>
    node(id, ['Measure'], { kind: 'EXPORT_CONTROL', status, description: id });
  const changes = [
    change(LIFTED, 0, 'ANNOUNCED', '2030-01-01'),
    change(LIFTED, 1, corrected ? 'LIFTED' : 'IN_FORCE', '2030-03-01'),
    change(LATER, 0, 'ANNOUNCED', '2030-01-01'),
    change(LATER, 1, 'IN_FORCE', corrected ? '2030-09-01' : '2030-03-01'),
  ];
  const nodes = [
    node(IMPOSER, ['Country', 'Actor'], { iso2: 'XQ' }),
    node(TARGET, ['Country', 'Actor'], { iso2: 'XR' }),
    node(GOOD, ['Commodity'], { hsCodes: ['9999'] }),
    node(SECTOR, ['Sector']),
    node(FIRM, ['Company', 'Organization', 'Actor']),
    measure(LIFTED, corrected ? 'LIFTED' : 'IN_FORCE'),
    measure(LATER, 'IN_FORCE'),
    ...changes,
  ];
  const relationships = [
    rel('BASED_IN', FIRM, TARGET),
    rel('IN_SECTOR', FIRM, SECTOR),
    rel('DEPENDS_ON', SECTOR, GOOD, { criticality: 1 }),
    ...[LIFTED, LATER].flatMap((m) => [
      rel('IMPOSED_BY', m, IMPOSER),
      rel('COVERS', m, GOOD),
      rel('TARGETS', m, TARGET),
    ]),
    ...changes.map((c) => rel('HAD_STATUS', c.id.replace(/\/status\/\d+$/, ''), c.id)),
  ];
  return { file: 'known-at-status', nodes, relationships } as NormalizedSeedFile;
}

const db = testDatabase();
const removeData = () =>
  db.runText(
    `MATCH (n) WHERE n.id CONTAINS $prefix OR n.versionOf CONTAINS $prefix DETACH DELETE n`,
    { prefix: PREFIX },
    'WRITE',
  );
beforeAll(async () => {
  await removeData();
  await writeFiles(db, [graph(false)], { now: T1, by: 'test' });
  await writeFiles(db, [graph(true)], { now: T2, by: 'test' });
});
afterAll(removeData);

async function ask(query: string, variables: Record<string, unknown>, reads?: 'whole') {
  const { data, errors } = await run(db, query, variables, reads);
  expect(errors).toBeUndefined();
  return data;
}

/** The test's measures with a status in `statuses` (on `asOf` if given), with their status. */
async function measures(
  statuses: string[],
  asOf: string | null,
  knownAt: string | null,
  reads?: 'whole',
) {
  const data = await ask(
    `query($f: MeasureFilter, $k: DateTime) { measures(filter: $f, knownAt: $k, first: 10) {
      totalCount edges { node { id status } } } }`,
    {
      f: { targets: [globalId('Country', TARGET)], statuses, activeAsOf: asOf },
      k: knownAt,
    },
    reads,
  );
  const found = data.measures.edges.map((e: { node: { id: string; status: string } }) => [
    e.node.id,
    e.node.status,
  ]);
  expect(data.measures.totalCount).toBe(found.length);
  return found;
}

/** A measure's status through `nodes`, and its status history as read there. */
async function measureNode(id: string, knownAt: string | null, reads?: 'whole') {
  const data = await ask(
    `query($id: ID!, $k: DateTime) { nodes(ids: [$id], knownAt: $k) { ... on Measure {
      status statusHistory { edges { node { status on { date } } } } } } }`,
    { id: globalId('Measure', id), k: knownAt },
    reads,
  );
  const [node] = data.nodes;
  return {
    status: node.status,
    history: node.statusHistory.edges.map(
      (e: { node: { status: string; on: { date: string } } }) => [e.node.status, e.node.on.date],
    ),
  };
}

/** The firm's exposure on AS_OF: each measure with its status that day, and its score. */
async function exposure(knownAt: string | null) {
  const data = await ask(
    `query($f: ID!, $asOf: Date, $k: DateTime) { exposure(firm: $f, asOf: $asOf, knownAt: $k) {
      error { __typename } measures { measure { id } score path { status } } } }`,
    { f: globalId('Company', FIRM), asOf: AS_OF, k: knownAt },
  );
  expect(data.exposure.error).toBeNull();
  return data.exposure.measures
    .map((m: { measure: { id: string }; score: number; path: { status: string } }) => ({
      id: m.measure.id,
      status: m.path.status,
      score: m.score,
    }))
    .sort((a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id));
}

/** Whom a measure reaches on AS_OF, with the status its path stands for. */
async function exposedFirms(measure: string, knownAt: string | null) {
  const data = await ask(
    `query($m: ID!, $asOf: Date, $k: DateTime) { exposedFirms(measure: $m, asOf: $asOf, knownAt: $k, first: 10) {
      error { __typename } edges { node { firm { id } score path { status } } } } }`,
    { m: globalId('Measure', measure), asOf: AS_OF, k: knownAt },
  );
  expect(data.exposedFirms.error).toBeNull();
  return data.exposedFirms.edges.map(
    (e: { node: { firm: { id: string }; path: { status: string } } }) => [
      e.node.firm.id,
      e.node.path.status,
    ],
  );
}

/** The measures that curb a good for the firm's country on AS_OF. */
async function curbs(knownAt: string | null) {
  const data = await ask(
    `query($c: ID!, $asOf: Date, $k: DateTime) { curbedGoods(target: $c, asOf: $asOf, knownAt: $k) {
      error { __typename } goods { good { id } measures { id } } } }`,
    { c: globalId('Country', TARGET), asOf: AS_OF, k: knownAt },
  );
  expect(data.curbedGoods.error).toBeNull();
  return data.curbedGoods.goods.map((c: { good: { id: string }; measures: { id: string }[] }) => [
    c.good.id,
    c.measures.map((m) => m.id).sort(),
  ]);
}

describe('a measure’s status at knownAt, after a status change was corrected', () => {
  it.each([
    ['planned', undefined],
    ['whole', 'whole'],
  ] as const)(
    'measures, by status and on a day: as known then, and now (%s read)',
    async (_, reads) => {
      // The latest status.
      for (const knownAt of [T1, BEFORE]) {
        expect(await measures(['IN_FORCE'], null, knownAt, reads)).toEqual([
          [LATER, 'IN_FORCE'],
          [LIFTED, 'IN_FORCE'],
        ]);
        expect(await measures(['LIFTED'], null, knownAt, reads)).toEqual([]);
      }
      expect(await measures(['IN_FORCE'], null, null, reads)).toEqual([[LATER, 'IN_FORCE']]);
      expect(await measures(['LIFTED'], null, null, reads)).toEqual([[LIFTED, 'LIFTED']]);
      expect(await measures(['IN_FORCE'], null, T2, reads)).toEqual([[LATER, 'IN_FORCE']]);
      // The status on AS_OF (active measures only).
      const active = ['UNDER_CONSIDERATION', 'ANNOUNCED', 'IN_FORCE'];
      expect(await measures(active, AS_OF, BEFORE, reads)).toEqual([
        [LATER, 'IN_FORCE'],
        [LIFTED, 'IN_FORCE'],
      ]);
      expect(await measures(active, AS_OF, null, reads)).toEqual([[LATER, 'ANNOUNCED']]);
      expect(await measures(active, AS_OF, T2, reads)).toEqual([[LATER, 'ANNOUNCED']]);
    },
  );

  it.each([
    ['planned', undefined],
    ['whole', 'whole'],
  ] as const)(
    'node: the status and the status history as known then, and now (%s read)',
    async (_, reads) => {
      expect(await measureNode(LIFTED, BEFORE, reads)).toEqual({
        status: 'IN_FORCE',
        history: [
          ['ANNOUNCED', '2030-01-01'],
          ['IN_FORCE', '2030-03-01'],
        ],
      });
      expect(await measureNode(LIFTED, null, reads)).toEqual({
        status: 'LIFTED',
        history: [
          ['ANNOUNCED', '2030-01-01'],
          ['LIFTED', '2030-03-01'],
        ],
      });
      expect((await measureNode(LIFTED, T2, reads)).status).toBe('LIFTED');
      expect((await measureNode(LATER, BEFORE, reads)).history).toEqual([
        ['ANNOUNCED', '2030-01-01'],
        ['IN_FORCE', '2030-03-01'],
      ]);
      expect((await measureNode(LATER, null, reads)).history).toEqual([
        ['ANNOUNCED', '2030-01-01'],
        ['IN_FORCE', '2030-09-01'],
      ]);
    },
  );

  it('exposure: which measures bite on the day, with which status and likelihood', async () => {
    const then = await exposure(BEFORE);
    expect(then.map((m: { id: string; status: string }) => [m.id, m.status])).toEqual([
      [LATER, 'IN_FORCE'],
      [LIFTED, 'IN_FORCE'],
    ]);
    const now = await exposure(null);
    expect(now.map((m: { id: string; status: string }) => [m.id, m.status])).toEqual([
      [LATER, 'ANNOUNCED'],
    ]);
    // Only the likelihood of the status differs (IN_FORCE 1, ANNOUNCED 0.7).
    expect(now[0].score).toBeCloseTo(then[0].score * 0.7, 10);
    expect(await exposure(T2)).toEqual(now);
  });

  it('curbedGoods: the measures active on the day, as known then, and now', async () => {
    expect(await curbs(BEFORE)).toEqual([[GOOD, [LATER, LIFTED]]]);
    expect(await curbs(null)).toEqual([[GOOD, [LATER]]]);
  });

  it('exposedFirms: whom each measure reaches on the day, as known then, and now', async () => {
    expect(await exposedFirms(LIFTED, BEFORE)).toEqual([[FIRM, 'IN_FORCE']]);
    expect(await exposedFirms(LIFTED, null)).toEqual([]);
    expect(await exposedFirms(LATER, BEFORE)).toEqual([[FIRM, 'IN_FORCE']]);
    expect(await exposedFirms(LATER, null)).toEqual([[FIRM, 'ANNOUNCED']]);
  });
});
