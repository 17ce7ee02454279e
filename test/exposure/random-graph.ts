/**
 * Random small exposure graphs for the ranking property test: countries (one imposes the
 * measure), sectors, firms, goods; DEPENDS_ON / PRODUCES / INPUT_TO (cycles allowed) / MEMBER_OF
 * (partial or not) / IN_SECTOR / BASED_IN; supply shares from the imposer (and from a country
 * that does not impose); criticalities from a small set (ties happen, some integers, some
 * missing); a measure with dated status changes (day, month, year), a scope, named targets and
 * exemptions; and facts asserted late or retracted, so that `knownAt` and retraction are checked
 * along every path. Written to Neo4j with the labels and properties the seed gives.
 */
import fc from 'fast-check';
import neo4j from 'neo4j-driver';
import type { Database } from '../../src/db/database.ts';
import type { RefGraph, RefNode, RefRel, Timed } from './reference-scorer.ts';

/** Instants a fact may be asserted or retracted at, and the knownAt values asked about. */
export const T = ['2030-01-01T00:00:00Z', '2030-02-01T00:00:00Z', '2030-03-01T00:00:00Z'];
export const KNOWN_AT = [
  null,
  '2029-12-01T00:00:00Z',
  '2030-01-15T00:00:00Z',
  '2030-02-15T00:00:00Z',
  '2030-04-01T00:00:00Z',
];
// Far from the days other tests ask about: a graph a killed run left behind reaches no one then.
export const AS_OF = [
  '2091-12-31',
  '2090-01-15',
  '2090-01-31',
  '2090-06-30',
  '2091-12-31',
  '2089-06-01',
];

// Few values, so that paths tie on score and hops and the tie-breaks are exercised.
const CRITICALITY = [null, 0.5, 1, null, 0.25, 1, 0.7, 'int1'] as const;
const STATUS = ['IN_FORCE', 'UNDER_CONSIDERATION', 'ANNOUNCED', 'IN_FORCE', 'SUSPENDED', 'LIFTED'];
const SCOPES = ['NAMED_TARGETS', 'ALL_DESTINATIONS', 'ALL_EXCEPT'];
const CHANGE_DATES = [
  { on: '2089-01-01', precision: 'year' },
  { on: '2090-01-01', precision: 'month' },
  { on: '2090-01-15', precision: 'day' },
  { on: '2090-06-01', precision: 'day' },
  { on: '2091-01-01', precision: 'year' },
];

const pick = <T>(list: readonly T[], i: number) => list[i % list.length] as T;
const edges = (max: number) =>
  fc.array(fc.tuple(fc.nat(), fc.nat(), fc.nat(), fc.nat()), { maxLength: max });

/** The shape drawn; `build` turns it into a graph with ids under `prefix`. */
export const graphShape = fc.record({
  countries: fc.constant(3),
  sectors: fc.integer({ min: 0, max: 2 }),
  firms: fc.integer({ min: 1, max: 6 }),
  goods: fc.integer({ min: 1, max: 6 }),
  dependsOn: edges(10),
  produces: edges(3),
  inputTo: edges(8),
  memberOf: edges(3),
  inSector: edges(5),
  basedIn: edges(7),
  covers: fc.array(fc.nat(), { minLength: 2, maxLength: 3 }),
  targets: edges(3),
  exempts: edges(1),
  shares: edges(4),
  scope: fc.nat(),
  changes: fc.array(fc.tuple(fc.nat(), fc.nat()), { minLength: 1, maxLength: 3 }),
  /** Per fact: 0..2 plain; 3 asserted late; 4 retracted; 5 asserted late and retracted later. */
  timing: fc.array(fc.nat({ max: 29 }), { minLength: 64, maxLength: 64 }),
  asOf: fc.nat(),
  knownAt: fc.nat(),
  maxHops: fc.integer({ min: 1, max: 6 }),
  minScore: fc.constantFrom(0, 0, 0, 0.1),
  page: fc.tuple(fc.nat({ max: 3 }), fc.integer({ min: 1, max: 4 })),
});
export type GraphShape = typeof graphShape extends fc.Arbitrary<infer S> ? S : never;

export interface Built {
  graph: RefGraph;
  measureId: string;
  asOf: string;
  knownAt: string | null;
  maxHops: number;
  minScore: number;
  offset: number;
  first: number;
}

export function build(shape: GraphShape, prefix: string): Built {
  let fact = 0;
  // Most facts plain; some asserted after T[0], some retracted: knownAt and retraction on paths.
  const timing = (): Timed => {
    const t = shape.timing[fact++ % shape.timing.length] ?? 0;
    if (t === 3 || t === 4) return { assertedAt: T[1] };
    if (t === 5 || t === 6) return { retractedAt: T[1] };
    if (t === 7) return { assertedAt: T[0], retractedAt: T[2] };
    return {};
  };
  const nodes: RefNode[] = [];
  const rels: RefRel[] = [];
  const keys = new Set<string>();
  const add = (id: string, labels: string[], props: Record<string, unknown> = {}, timed = true) =>
    nodes.push({ id, labels, props, ...(timed ? timing() : {}) });
  const link = (
    type: string,
    from: string,
    to: string,
    props: Record<string, unknown> = {},
    timed = true,
  ) => {
    const id = `${from}-[${type}]->${to}`;
    if (keys.has(id)) return;
    keys.add(id);
    rels.push({ id, type, from, to, props, ...(timed ? timing() : {}) });
  };
  const country = (i: number) => `country:${prefix}-c${i % shape.countries}`;
  const sector = (i: number) => `sector:${prefix}-s${i % Math.max(shape.sectors, 1)}`;
  const firm = (i: number) => `company:${prefix}-f${i % shape.firms}`;
  const good = (i: number) => `commodity:${prefix}-g${i % shape.goods}`;
  const measureId = `measure:${prefix}-m`;
  const criticality = (i: number) => {
    const c = pick(CRITICALITY, i);
    return c === null ? {} : { criticality: c === 'int1' ? 1 : c, integer: c === 'int1' };
  };

  for (let i = 0; i < shape.countries; i++) add(country(i), ['Country', 'Actor'], {}, i > 0);
  for (let i = 0; i < shape.sectors; i++) add(sector(i), ['Sector']);
  for (let i = 0; i < shape.firms; i++) add(firm(i), ['Company', 'Organization', 'Actor']);
  for (let i = 0; i < shape.goods; i++) add(good(i), ['Commodity']);
  // A dependent is a firm or, when there are sectors, a sector.
  const dependent = (kind: number, i: number) =>
    shape.sectors > 0 && kind % 3 === 0 ? sector(i) : firm(i);
  for (const [k, a, b, c] of shape.dependsOn)
    link('DEPENDS_ON', dependent(k, a), good(b), criticality(c));
  for (const [k, a, b, c] of shape.produces)
    link('PRODUCES', dependent(k, a), good(b), criticality(c));
  for (const [, a, b, c] of shape.inputTo)
    if (a % shape.goods !== b % shape.goods) link('INPUT_TO', good(a), good(b), criticality(c));
  for (const [, a, b, c] of shape.memberOf)
    if (a % shape.goods !== b % shape.goods)
      link('MEMBER_OF', good(a), good(b), c % 2 === 0 ? { partial: true } : {});
  if (shape.sectors > 0)
    for (const [, a, b] of shape.inSector) link('IN_SECTOR', firm(a), sector(b));
  // Most firms are based somewhere other than the imposing country; some in several, some in it;
  // every other firm in two, so that its paths tie on score and hops and only the hops' ends decide.
  for (let i = 0; i < shape.firms; i++) {
    link('BASED_IN', firm(i), country(1 + (i % 2)));
    if (i % 2 === 0) link('BASED_IN', firm(i), country(2));
  }
  for (const [, a, b] of shape.basedIn) link('BASED_IN', firm(a), country(b));

  const scope = pick(SCOPES, shape.scope);
  add(measureId, ['Measure'], {
    kind: 'EXPORT_BAN',
    description: 'random',
    ...(scope === 'NAMED_TARGETS' && shape.scope % 2 ? {} : { scope }),
  });
  link('IMPOSED_BY', measureId, country(0));
  for (const g of shape.covers) link('COVERS', measureId, good(g));
  link('TARGETS', measureId, country(1));
  link('TARGETS', measureId, country(2));
  for (const [k, a] of shape.targets)
    link('TARGETS', measureId, k % 3 === 0 ? firm(a) : country(a));
  for (const [, a] of shape.exempts) link('EXEMPTS', measureId, country(a));
  const dates = shape.changes
    .map(([d, s]) => ({ ...pick(CHANGE_DATES, d), status: pick(STATUS, s) }))
    .sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : 0));
  dates.forEach((change, index) => {
    const id = `${measureId}/status/${index}`;
    add(id, ['StatusChange'], {
      status: change.status,
      on: change.on,
      onPrecision: change.precision,
      index,
      measureId,
    });
    // A status change is one fact: its node says when it was asserted and retracted, as the
    // API writes it (find-measure-scope reads the node's times, not those of HAD_STATUS).
    link('HAD_STATUS', measureId, id, {}, false);
  });
  shape.shares.forEach(([k, a, b, c], i) => {
    const id = `supply-dependency:${prefix}-${i}`;
    add(id, ['SupplyDependency'], c % 5 === 4 ? {} : { share: pick([0.2, 0.6, 0.6, 0.9], c) });
    link('IMPORTER', id, k % 4 === 0 ? firm(a) : country(a));
    link('SUPPLIER', id, country(k % 3 === 2 ? 1 : 0));
    link('OF_GOOD', id, good(b));
  });
  return {
    graph: { nodes, rels },
    measureId,
    asOf: pick(AS_OF, shape.asOf),
    knownAt: pick(KNOWN_AT, shape.knownAt),
    maxHops: shape.maxHops,
    minScore: shape.minScore,
    offset: shape.page[0],
    first: shape.page[1],
  };
}

const LABELS = [
  'Country:Actor',
  'Sector',
  'Company:Organization:Actor',
  'Commodity',
  'Measure',
  'StatusChange',
  'SupplyDependency',
];
const TYPES = [
  'DEPENDS_ON',
  'PRODUCES',
  'INPUT_TO',
  'MEMBER_OF',
  'IN_SECTOR',
  'BASED_IN',
  'IMPOSED_BY',
  'COVERS',
  'TARGETS',
  'EXEMPTS',
  'HAD_STATUS',
  'IMPORTER',
  'SUPPLIER',
  'OF_GOOD',
];

/** Writes a graph in one transaction, labels and types from the closed lists above. */
export async function writeGraph(db: Database, graph: RefGraph): Promise<void> {
  const timed = (f: Timed) => ({
    assertedAt: f.assertedAt ?? null,
    retractedAt: f.retractedAt ?? null,
  });
  const nodeRow = (n: RefNode) => {
    const props: Record<string, unknown> = { ...n.props };
    if (n.labels.includes('StatusChange')) props.index = neo4j.int(Number(n.props.index));
    return { id: n.id, props, ...timed(n) };
  };
  const relRow = (r: RefRel) => {
    const { integer, ...props } = r.props;
    if (integer === true) props.criticality = neo4j.int(1);
    return { id: r.id, from: r.from, to: r.to, props, ...timed(r) };
  };
  const statements = [
    ...LABELS.map((labels) => ({
      text: `UNWIND $rows AS row CREATE (n:Entity:${labels}) SET n = row.props, n.id = row.id,
        n.assertedAt = CASE WHEN row.assertedAt IS NULL THEN null ELSE datetime(row.assertedAt) END,
        n.retractedAt = CASE WHEN row.retractedAt IS NULL THEN null ELSE datetime(row.retractedAt) END,
        n.on = CASE WHEN row.props.on IS NULL THEN null ELSE date(row.props.on) END`,
      rows: graph.nodes.filter((n) => n.labels.join(':') === labels).map(nodeRow),
    })),
    ...TYPES.map((type) => ({
      text: `UNWIND $rows AS row MATCH (a:Entity {id: row.from}), (b:Entity {id: row.to})
        CREATE (a)-[r:${type}]->(b) SET r = row.props, r.id = row.id,
        r.assertedAt = CASE WHEN row.assertedAt IS NULL THEN null ELSE datetime(row.assertedAt) END,
        r.retractedAt = CASE WHEN row.retractedAt IS NULL THEN null ELSE datetime(row.retractedAt) END`,
      rows: graph.rels.filter((r) => r.type === type).map(relRow),
    })),
  ].filter((s) => s.rows.length > 0);
  await db.transaction('WRITE', async (run) => {
    for (const { text, rows } of statements)
      await run({ name: 'test/random-graph', text, params: ['rows'] }, { rows });
  });
}

/** Every graph of this test, also those a killed run left behind. */
export const ALL_GRAPHS = 'rankprop';

/** Deletes one graph (`prefix`), or with `all` every graph whose prefix starts so. */
export async function deleteGraph(db: Database, prefix: string, all = false): Promise<void> {
  await db.runText(
    'MATCH (n:Entity) WHERE n.id CONTAINS $prefix DETACH DELETE n',
    { prefix: all ? `:${prefix}` : `:${prefix}-` },
    'WRITE',
  );
}
