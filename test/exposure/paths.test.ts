// Which path and which share decide a firm's exposure (docs/exposure.md): the supply share of the
// firm's own country from the measure's own imposer, for the good nearest the covered one; a
// measure aimed at the firm itself; a dependency of criticality 0; ties (fewer hops first, then
// measures and firms by id). Every number is written here.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFiles } from '../../src/load/write.ts';
import type { NormalizedSeedFile } from '../../src/model/format.ts';
import { testDatabase } from '../helpers/database.ts';
import { globalId, run } from '../helpers/graphql.ts';
import { exposedFirms, exposure, graphId } from './ask.ts';
import { node, rel, removeFacts, statusChanges } from './path-graph.ts';

const P = 'xpaths';
const id = (kind: string, name: string) => `${kind}:${P}-${name}`;
const [A, B, C, D] = [
  id('country', 'a'),
  id('country', 'b'),
  id('country', 'c'),
  id('country', 'd'),
];
const [I, J] = [id('country', 'i'), id('country', 'j')];
// E: the country of the firm that both makes and uses MADE (measure 6).
const E = id('country', 'e');
const MADE = id('commodity', 'made');
const [K, K2] = [id('commodity', 'k'), id('commodity', 'k2')];
// P2 sorts before K: only "fewer hops first" puts the direct path ahead.
const [PRODUCT, P2] = [id('commodity', 'product'), id('commodity', 'b-input')];
const M = (n: number) => id('measure', `m${n}`);
const F = (name: string) => id('company', name);
const SHARE = (n: number) => id('supply-dependency', `s${n}`);

// Measure: imposer, targets, covered goods. All in force.
const MEASURES: [number, string, string[], string[]][] = [
  [1, I, [A, B], [K]],
  [2, J, [A], [K]],
  [3, I, [F('direct')], [K]],
  [4, I, [D], [K, K2]],
  [5, I, [D], [K]],
  [6, I, [E], [K]],
  [7, I, [F('named')], [K]],
];
// Firm: the countries it is based in, the goods it depends on with their criticality.
const FIRMS: [string, string[], [string, number][]][] = [
  ['fa', [A], [[PRODUCT, 1]]],
  ['fb', [B], [[K, 0.5]]],
  ['fab', [A, B], [[K, 0.5]]],
  ['direct', [C], [[K, 0.5]]],
  ['named', [C], [[K, 0.5]]],
  ['zero', [A], [[K, 0]]],
  [
    'tie',
    [D],
    [
      [K, 0.5],
      [P2, 1],
    ],
  ],
  [
    'tie2',
    [D],
    [
      [K, 0.5],
      [K2, 0.5],
    ],
  ],
];
// Importer, supplier, good, share.
const SHARES: [string, string, string, number][] = [
  [A, I, K, 0.4],
  [A, I, PRODUCT, 0.7],
  [B, I, K, 0.9],
  [A, J, K, 0.6],
  // The firm's own supply: an importer a measure names (M7).
  [F('named'), I, K, 0.2],
];

function graph(): NormalizedSeedFile {
  const country = (c: string) => node(c, ['Country', 'Actor'], { iso2: 'XP' });
  const measures = MEASURES.map(([n]) => statusChanges(M(n), [['IN_FORCE', '2020-01-01']]));
  const nodes = [
    ...[A, B, C, D, E, I, J].map(country),
    ...[K, K2, PRODUCT, P2, MADE].map((g) => node(g, ['Commodity'])),
    node(F('makes-uses'), ['Company', 'Organization', 'Actor']),
    ...FIRMS.map(([name]) => node(F(name), ['Company', 'Organization', 'Actor'])),
    ...MEASURES.map(([n]) => node(M(n), ['Measure'], { kind: 'EXPORT_BAN', description: M(n) })),
    ...measures.flatMap((m) => m.nodes),
    ...SHARES.map(([, , , share], s) => node(SHARE(s), ['SupplyDependency'], { share })),
  ];
  const relationships = [
    rel('INPUT_TO', K, PRODUCT, { criticality: 1 }),
    rel('INPUT_TO', K, P2, { criticality: 0.5 }),
    // Two paths with the same ends and the same score. Written PRODUCES first, Neo4j finds that
    // path first (without the rule it was the answer): only the rule (types in path order,
    // DEPENDS_ON before PRODUCES) and not the order of writing puts DEPENDS_ON first.
    rel('INPUT_TO', K, MADE, { criticality: 0.5 }),
    rel('BASED_IN', F('makes-uses'), E),
    rel('PRODUCES', F('makes-uses'), MADE, { criticality: 1 }),
    rel('DEPENDS_ON', F('makes-uses'), MADE, { criticality: 1 }),
    ...MEASURES.flatMap(([n, imposer, targets, goods]) => [
      rel('IMPOSED_BY', M(n), imposer),
      ...targets.map((t) => rel('TARGETS', M(n), t)),
      ...goods.map((g) => rel('COVERS', M(n), g)),
    ]),
    ...measures.flatMap((m) => m.relationships),
    ...FIRMS.flatMap(([name, countries, needs]) => [
      ...countries.map((c) => rel('BASED_IN', F(name), c)),
      ...needs.map(([good, criticality]) => rel('DEPENDS_ON', F(name), good, { criticality })),
    ]),
    ...SHARES.flatMap(([importer, supplier, good], s) => [
      rel('IMPORTER', SHARE(s), importer),
      rel('SUPPLIER', SHARE(s), supplier),
      rel('OF_GOOD', SHARE(s), good),
    ]),
  ];
  return { file: P, nodes, relationships } as NormalizedSeedFile;
}

const db = testDatabase();
beforeAll(async () => {
  await removeFacts(db, P);
  await writeFiles(db, [graph()]);
});
afterAll(() => removeFacts(db, P));

const close = (score: number) => expect.closeTo(score, 12);
const ranked = async (measure: string) =>
  (await exposedFirms(db, measure)).map((f) => [f.firm, f.score]);
const measuresOf = async (firm: string) => {
  const { total, measures } = await exposure(db, firm);
  return { total, measures: measures.map((m) => [m.measure, m.score]) };
};

describe('the share that weighs a path', () => {
  it('is the firm’s country’s share from the measure’s imposer, of the good nearest the covered one', async () => {
    // fa: A imports 40% of K from I (M1) and 60% from J (M2); its 70% of the product does not count.
    expect(await measuresOf(F('fa'))).toEqual({
      total: close(1 - 0.6 * 0.4),
      measures: [
        [M(2), close(0.6)],
        [M(1), close(0.4)],
      ],
    });
  });

  it('follows the country the path goes through: B’s 90%, A’s 40%; the best of both for a firm in both', async () => {
    expect(await ranked(M(1))).toEqual([
      [F('fab'), close(0.45)],
      [F('fb'), close(0.45)],
      [F('fa'), close(0.4)],
    ]);
    expect(await measuresOf(F('fab'))).toEqual({
      total: close(1 - 0.55 * 0.7),
      measures: [
        [M(1), close(0.45)],
        [M(2), close(0.3)],
      ],
    });
  });
});

describe('who is exposed', () => {
  it('a firm a measure targets itself, without a BASED_IN hop or a share', async () => {
    expect(await ranked(M(3))).toEqual([[F('direct'), close(0.5)]]);
    expect(await measuresOf(F('direct'))).toEqual({
      total: close(0.5),
      measures: [[M(3), close(0.5)]],
    });
    const { data } = await run(
      db,
      `query($f: ID!) { exposure(firm: $f) { measures { path { supplyShare hops { type } } } } }`,
      { f: globalId('Company', F('direct')) },
    );
    const [path] = data.exposure.measures.map((m: { path: unknown }) => m.path);
    expect(path).toEqual({
      supplyShare: null,
      hops: [{ type: 'DEPENDS_ON' }, { type: 'COVERS' }, { type: 'TARGETS' }],
    });
  });

  it('a firm a measure targets itself, weighted by its own supply share from the imposer', async () => {
    // 20% of its K from I: 0.2 × 0.5, on both questions (exposure read only country shares).
    expect(await ranked(M(7))).toEqual([[F('named'), close(0.1)]]);
    expect(await measuresOf(F('named'))).toEqual({
      total: close(0.1),
      measures: [[M(7), close(0.1)]],
    });
  });

  it('not a firm whose dependency has criticality 0', async () => {
    expect(await measuresOf(F('zero'))).toEqual({ total: 0, measures: [] });
    for (const n of [1, 2])
      expect((await ranked(M(n))).map(([firm]) => firm)).not.toContain(F('zero'));
  });
});

describe('steps: a path in reading order', () => {
  it('from the firm to the measure and back through whom it targets, each step saying its direction', async () => {
    const { data } = await run(
      db,
      `query($m: ID!) { exposedFirms(measure: $m) { edges { node { path {
        steps { from { id } to { id } direction relationship { type from { id } to { id } weight } } } } } } }`,
      { m: globalId('Measure', M(6)) },
    );
    type Step = {
      from: { id: string };
      to: { id: string };
      direction: string;
      relationship: { type: string; from: { id: string }; to: { id: string }; weight: number };
    };
    const [edge] = data.exposedFirms.edges as { node: { path: { steps: Step[] } } }[];
    const steps = edge?.node.path.steps ?? [];
    const firm = F('makes-uses');
    expect(
      steps.map((s) => [graphId(s.from.id), s.relationship.type, s.direction, graphId(s.to.id)]),
    ).toEqual([
      [firm, 'DEPENDS_ON', 'ALONG', MADE],
      [MADE, 'INPUT_TO', 'AGAINST', K],
      [K, 'COVERS', 'AGAINST', M(6)],
      [M(6), 'TARGETS', 'ALONG', E],
      [E, 'BASED_IN', 'AGAINST', firm],
    ]);
    // The relationship keeps the ends it is stored with; the step's are the reading order's.
    const inputTo = steps[1] as Step;
    expect([graphId(inputTo.relationship.from.id), graphId(inputTo.relationship.to.id)]).toEqual([
      K,
      MADE,
    ]);
    expect(inputTo.relationship.weight).toBe(0.5);
  });
});

describe('ties', () => {
  it('between paths: the one with fewer hops', async () => {
    const { data } = await run(
      db,
      `query($f: ID!) { exposure(firm: $f) { measures { score measure { id } path { hops { type to { id } } } } } }`,
      { f: globalId('Company', F('tie')) },
    );
    const measures = data.exposure.measures as {
      score: number;
      measure: { id: string };
      path: { hops: { type: string; to: { id: string } }[] };
    }[];
    // Between measures of equal score: by id.
    expect(measures.map((m) => [graphId(m.measure.id), m.score])).toEqual([
      [M(4), close(0.5)],
      [M(5), close(0.5)],
    ]);
    for (const m of measures) {
      expect(m.path.hops.map((h) => [h.type, graphId(h.to.id)])).toEqual([
        ['DEPENDS_ON', K],
        ['COVERS', K],
        ['TARGETS', D],
        ['BASED_IN', D],
      ]);
    }
  });

  it('between firms: by id; and a tie between two paths is broken the same way every time', async () => {
    expect(await ranked(M(4))).toEqual([
      [F('tie'), close(0.5)],
      [F('tie2'), close(0.5)],
    ]);
    const coveredOf = async () => {
      const { data } = await run(
        db,
        `query($m: ID!) { exposedFirms(measure: $m) { edges { node { firm { id } path { hops { type to { id } } } } } } }`,
        { m: globalId('Measure', M(4)) },
      );
      const edge = data.exposedFirms.edges.find(
        (e: { node: { firm: { id: string } } }) => graphId(e.node.firm.id) === F('tie2'),
      );
      return edge.node.path.hops.find((h: { type: string }) => h.type === 'COVERS').to.id;
    };
    const first = await coveredOf();
    expect([K, K2]).toContain(graphId(first));
    for (let i = 0; i < 3; i++) expect(await coveredOf()).toBe(first);
  });

  it('between paths with the same ends: by their types in path order (uses before makes)', async () => {
    const expected = [
      ['DEPENDS_ON', MADE],
      ['INPUT_TO', MADE], // K is an input to MADE: the hop's `to` is the relationship's end
      ['COVERS', K],
      ['TARGETS', E],
      ['BASED_IN', E],
    ];
    type Hops = { hops: { type: string; to: { id: string } }[] };
    const hopsOf = (path: Hops) => path.hops.map((h) => [h.type, graphId(h.to.id)]);
    const ranked = await run(
      db,
      `query($m: ID!) { exposedFirms(measure: $m) { edges { node { score path { hops { type to { id } } } } } } }`,
      { m: globalId('Measure', M(6)) },
    );
    const edges = ranked.data.exposedFirms.edges as { node: { score: number; path: Hops } }[];
    expect(edges.map((e) => e.node.score)).toEqual([close(0.5)]);
    expect(hopsOf((edges[0] as { node: { path: Hops } }).node.path)).toEqual(expected);
    // exposure(firm:) and sectorExposure pick the firm's path in JavaScript (paths.ts bestPath).
    const own = await run(
      db,
      `query($f: ID!) { exposure(firm: $f) { measures { path { hops { type to { id } } } } } }`,
      { f: globalId('Company', F('makes-uses')) },
    );
    const measures = own.data.exposure.measures as { path: Hops }[];
    expect(measures.map((m) => hopsOf(m.path))).toEqual([expected]);
  });
});
