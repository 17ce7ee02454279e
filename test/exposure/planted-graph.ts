/**
 * A small graph with known answers: one measure of country XB against country XA covering good
 * C, and firms planted at known distances down an INPUT_TO chain from C, with known weights.
 * Chain: C -> G1 -> G2 -> … -> G7 (INPUT_TO, criticalities CHAIN[i]); firm Fk DEPENDS_ON Gk
 * (criticality 1; F0 on C itself); G2 -> G1 closes a cycle; T1 and T2 tie on G1; firm OUT is
 * based in the imposing country, so never exposed. Japan's seeded data is left alone.
 */
import type { NormalizedSeedFile } from '../../src/model/format.ts';

export const PREFIX = 'planted';
export const CHAIN = [0.9, 0.8, 0.7, 0.6, 0.5, 0.4, 0.3];
export const SHARE = 0.5;
export const MEASURE = `measure:${PREFIX}-curb`;
export const STATUS_DATES = {
  announced: '2030-01-01',
  inForce: '2030-03-01',
  lifted: '2031-01-01',
};

const provenance = (id: string) => ({
  id,
  sourceIds: ['source:analyst-background'],
  quote: null,
  confidence: 1,
  inferred: true,
  rationale: 'planted test data',
});
const good = (i: number) => (i === 0 ? `commodity:${PREFIX}-c` : `commodity:${PREFIX}-g${i}`);
export const firm = (name: string) => `company:${PREFIX}-${name}`;

function node(id: string, labels: string[], props: Record<string, unknown> = {}) {
  return { id, labels, props: { ...provenance(id), name: id, ...props } };
}

function rel(type: string, from: string, to: string, props: Record<string, unknown> = {}) {
  const id = `${from}-[${type}]->${to}`;
  return { id, type, from, to, props: { ...provenance(id), ...props } };
}

const statusChange = (index: number, status: string, on: string) =>
  node(`${MEASURE}/status/${index}`, ['StatusChange'], {
    status,
    on: { $date: on },
    onPrecision: 'day',
    index: { $int: index },
    measureId: MEASURE,
  });

export function plantedGraph(): NormalizedSeedFile {
  const firms = [...CHAIN.keys(), CHAIN.length].map((k) => firm(`f${k}`));
  const changes = [
    statusChange(0, 'ANNOUNCED', STATUS_DATES.announced),
    statusChange(1, 'IN_FORCE', STATUS_DATES.inForce),
    statusChange(2, 'LIFTED', STATUS_DATES.lifted),
  ];
  const nodes = [
    node('country:XA', ['Country', 'Actor'], { iso2: 'XA' }),
    node('country:XB', ['Country', 'Actor'], { iso2: 'XB' }),
    ...[...CHAIN.keys(), CHAIN.length].map((i) => node(good(i), ['Commodity'])),
    ...[...firms, firm('t1'), firm('t2'), firm('out')].map((id) =>
      node(id, ['Company', 'Organization', 'Actor']),
    ),
    node(MEASURE, ['Measure'], { kind: 'EXPORT_BAN', status: 'LIFTED', description: 'planted' }),
    ...changes,
    node(`supply-dependency:${PREFIX}`, ['SupplyDependency'], { share: SHARE }),
  ];
  const relationships = [
    ...CHAIN.map((criticality, i) => rel('INPUT_TO', good(i), good(i + 1), { criticality })),
    rel('INPUT_TO', good(2), good(1), { criticality: 1 }),
    ...firms.map((id, k) => rel('DEPENDS_ON', id, good(k), { criticality: 1 })),
    ...[firm('t1'), firm('t2')].map((id) => rel('DEPENDS_ON', id, good(1), { criticality: 0.5 })),
    rel('DEPENDS_ON', firm('out'), good(0), { criticality: 1 }),
    ...[...firms, firm('t1'), firm('t2')].map((id) => rel('BASED_IN', id, 'country:XA')),
    rel('BASED_IN', firm('out'), 'country:XB'),
    rel('IMPOSED_BY', MEASURE, 'country:XB'),
    rel('TARGETS', MEASURE, 'country:XA'),
    rel('COVERS', MEASURE, good(0)),
    ...changes.map((change) => rel('HAD_STATUS', MEASURE, change.id)),
    rel('IMPORTER', `supply-dependency:${PREFIX}`, 'country:XA'),
    rel('SUPPLIER', `supply-dependency:${PREFIX}`, 'country:XB'),
    rel('OF_GOOD', `supply-dependency:${PREFIX}`, good(0)),
  ];
  return { file: 'planted-graph', nodes, relationships } as NormalizedSeedFile;
}

/** The score firm Fk must get: the chain's criticalities down to Gk, the share, the likelihood. */
export function expectedScore(k: number, likelihood: number): number {
  return CHAIN.slice(0, k).reduce((score, c) => score * c, SHARE * likelihood);
}
