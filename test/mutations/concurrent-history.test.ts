// Knowledge time under concurrency: many writers restate one node or one relationship at once
// (mutations, and an import among them). Each write is stamped after it holds its locks, so
// afterwards the versions' intervals follow the order the writes were applied in, with no gap
// and no overlap, and every accepted write is the state known at its own instant.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importGraph } from '../../src/load/import.ts';
import { testDatabase } from '../helpers/database.ts';
import { seedFolder } from '../seed/fixtures.ts';
import { client, type Json, type Variable } from './client.ts';

const db = testDatabase();
const { mutate, read } = client(db);

const N = 30;
const SOURCE = 'source:zrace-note';
const TEXT = 'Zrace Works, a Japanese maker of motors, relies on neodymium. China banned it.';
const FIRM = 'company:zrace-works';
const GOOD = 'commodity:zrace-neodymium';
const MEASURE = 'measure:zrace-ban';
const quoted = (quote: string) =>
  ['ProvenanceInput!', { sourceIds: [SOURCE], quote, confidence: 1 }] as Variable;

const removeData = () =>
  db.runText(
    `MATCH (n) WHERE n.id CONTAINS 'zrace' OR n.versionOf CONTAINS 'zrace' DETACH DELETE n`,
    {},
    'WRITE',
  );

const upsertFirm = (name: string) =>
  mutate('upsertCompany', {
    input: ['OrganizationInput!', { id: FIRM, name, kind: 'maker of motors' }],
    provenance: quoted('Zrace Works, a Japanese maker of motors'),
  });
const dependsOn = (criticality: number) =>
  mutate('link', {
    type: ['RelationshipType!', 'DEPENDS_ON'],
    from: ['ID!', FIRM],
    to: ['ID!', GOOD],
    properties: ['LinkPropertiesInput', { criticality }],
    provenance: quoted('relies on neodymium'),
  });
const upsertMeasure = (description: string, initialStatus?: unknown) =>
  mutate('upsertMeasure', {
    input: [
      'MeasureInput!',
      { id: MEASURE, kind: 'EXPORT_BAN', description, ...(initialStatus ? { initialStatus } : {}) },
    ],
    provenance: quoted('China banned it'),
  });

interface State {
  start: string;
  end: string | null;
  props: Record<string, unknown>;
}

/** Every state a node or relationship went through: its versions, oldest first, then now. */
async function statesOf(id: string, current: string): Promise<State[]> {
  const versions = await db.runText<{ v: Record<string, unknown> }>(
    'MATCH (v:Version {versionOf: $id}) RETURN properties(v) AS v ORDER BY v.versionNumber',
    { id },
  );
  const [now] = await db.runText<{ p: Record<string, unknown> }>(current, { id });
  const start = (p: Record<string, unknown>) => String(p.updatedAt ?? p.assertedAt);
  return [
    ...versions.map(({ v }) => ({ start: start(v), end: String(v.supersededAt), props: v })),
    ...(now ? [{ start: start(now.p), end: null, props: now.p }] : []),
  ];
}
const NODE = 'MATCH (n:Entity {id: $id}) RETURN properties(n) AS p';
const RELATIONSHIP = 'MATCH ()-[r {id: $id}]->() RETURN properties(r) AS p';

/** Intervals in order, each ending where the next begins; none empty. */
function expectContiguous(states: State[]) {
  for (const [index, state] of states.entries()) {
    if (state.end !== null) expect(Date.parse(state.end)).toBeGreaterThan(Date.parse(state.start));
    const next = states[index + 1];
    if (next) expect(next.start).toBe(state.end);
  }
}

/** Each accepted write (its instant and a value it wrote) is the state that begins at its instant. */
function expectEveryWriteSeen(
  states: State[],
  writes: [at: string, value: unknown][],
  key: string,
) {
  const seen = new Map(states.map((state) => [state.start, state.props[key]]));
  for (const [at, value] of writes) expect(seen.get(at)).toEqual(value);
  expect(states).toHaveLength(writes.length);
}

beforeAll(async () => {
  await removeData();
  const source = await mutate('upsertSource', {
    input: ['SourceInput!', { id: SOURCE, kind: 'ARTICLE', title: 'A race note', text: TEXT }],
  });
  expect(source.error).toBeUndefined();
  await mutate('upsertCommodity', {
    input: ['CommodityInput!', { id: GOOD, name: 'Zrace neodymium' }],
    provenance: quoted('neodymium'),
  });
});
afterAll(removeData);

describe(`${N} writers at once`, () => {
  it('restating one node: versions in the applied order, each write the state at its instant', async () => {
    const answers = await Promise.all(
      Array.from({ length: N }, (_, i) => upsertFirm(`Zrace Works ${i}`)),
    );
    expect(answers.map((a) => a.error ?? a.errors ?? null)).toEqual(answers.map(() => null));
    const states = await statesOf(FIRM, NODE);
    expectContiguous(states);
    const writes = answers.map((a, i) => [a.data.at, `Zrace Works ${i}`] as [string, string]);
    expectEveryWriteSeen(states, writes, 'name');
    // The state now is the write stamped last.
    const last = [...writes].sort(([a], [b]) => Date.parse(a) - Date.parse(b)).at(-1);
    expect(states.at(-1)?.props.name).toBe(last?.[1]);
  });

  it('restating one relationship: the same, on its versions', async () => {
    const answers = await Promise.all(
      Array.from({ length: N }, (_, i) => dependsOn(Math.round((i + 1) * 3) / 100)),
    );
    expect(answers.map((a) => a.error ?? a.errors ?? null)).toEqual(answers.map(() => null));
    const id = answers[0]?.data.relationshipId as string;
    const states = await statesOf(id, RELATIONSHIP);
    expectContiguous(states);
    const writes = answers.map((a, i) => [a.data.at, Math.round((i + 1) * 3) / 100]);
    expectEveryWriteSeen(states, writes as [string, number][], 'criticality');
  });

  it('restating a measure: measures(knownAt) at each write’s instant answers that write', async () => {
    const created = await upsertMeasure('Zrace ban 0.', {
      status: 'ANNOUNCED',
      on: { on: '2026-03-02' },
      provenance: { sourceIds: [SOURCE], quote: 'China banned it', confidence: 1 },
    });
    expect(created.error).toBeUndefined();
    const answers = await Promise.all(
      Array.from({ length: N }, (_, i) => upsertMeasure(`Zrace ban ${i + 1}.`)),
    );
    expect(answers.map((a) => a.error ?? a.errors ?? null)).toEqual(answers.map(() => null));
    expectContiguous(await statesOf(MEASURE, NODE));
    const writes = [created, ...answers].map((a, i) => [a.data.at, `Zrace ban ${i}.`]);
    for (const [at, description] of writes) {
      const data: Json = await read(
        `query($k: DateTime) { measures(knownAt: $k, first: 100) { edges { node { id description } } } }`,
        { k: at },
      );
      const measure = data.measures.edges.find((e: Json) => e.node.id.length && isMeasure(e));
      expect(measure?.node.description).toBe(description);
    }
  });

  it('an import restating the node while mutations run is ordered with them', async () => {
    const folder = await seedFolder({
      'zrace.yaml': {
        sources: [{ id: SOURCE, kind: 'ARTICLE', title: 'A race note', text: TEXT }],
        defaultSourceIds: [SOURCE],
        nodes: [
          {
            id: FIRM,
            label: 'Company',
            name: 'Zrace Works (imported)',
            kind: 'maker of motors',
            quote: 'Zrace Works, a Japanese maker of motors',
            confidence: 1,
          },
        ],
      },
    });
    const before = (await statesOf(FIRM, NODE)).length;
    const [imported, ...answers] = await Promise.all([
      importGraph(db, folder, { as: 'zrace' }),
      ...Array.from({ length: 10 }, (_, i) => upsertFirm(`Zrace Works again ${i}`)),
    ]);
    expect(imported?.counts.nodes.updated).toBe(1);
    const states = (await statesOf(FIRM, NODE)).slice(before - 1);
    expectContiguous(states);
    const byImport = states.filter((s) => s.props.updatedBy === 'import:zrace');
    expect(byImport.map((s) => s.props.name)).toEqual(['Zrace Works (imported)']);
    const writes = (answers as Json[]).map((a, i) => [a.data.at, `Zrace Works again ${i}`]);
    const mutated = states.filter((s) => s.props.updatedBy !== 'import:zrace').slice(1);
    expectEveryWriteSeen(mutated, writes as [string, string][], 'name');
  });
});

/** The edge of our measure in a page of measures (the graph holds others). */
function isMeasure(edge: Json): boolean {
  return edge.node.id === MEASURE;
}
