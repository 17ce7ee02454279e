/**
 * One exposure path that holds every kind of fact, under an id prefix of its own:
 *
 *   firm -IN_SECTOR-> sector -DEPENDS_ON(0.9)-> product <-INPUT_TO(0.5)- metal -MEMBER_OF-> class
 *   class <-COVERS- measure -TARGETS-> target country <-BASED_IN- firm
 *   measure -IMPOSED_BY-> imposer; supply dependency: target imports 40% of the class from imposer
 *
 * In force, the firm's score is 0.8 × 0.9 × 0.5 × 1 × 0.4 × 1 = 0.144 (docs/exposure.md), and
 * there is no other path: take any fact away and the firm is no longer exposed (except the supply
 * share: without it the share is unknown, 1, and the score 0.36). The tests write these numbers
 * themselves rather than read them from src/exposure/weights.ts.
 */
import type { Database } from '../../src/db/database.ts';
import type { NormalizedSeedFile } from '../../src/model/format.ts';

export const PATH_SCORE = 0.144;
export const SCORE_WITHOUT_SHARE = 0.36;

export function pathIds(prefix: string) {
  return {
    firm: `company:${prefix}-firm`,
    sector: `sector:${prefix}-sector`,
    product: `commodity:${prefix}-product`,
    metal: `commodity:${prefix}-metal`,
    covered: `commodity:${prefix}-class`,
    target: `country:${prefix}-target`,
    imposer: `country:${prefix}-imposer`,
    measure: `measure:${prefix}-curb`,
    share: `supply-dependency:${prefix}-share`,
  };
}

export type PathIds = ReturnType<typeof pathIds>;

const provenance = (id: string) => ({
  id,
  sourceIds: ['source:analyst-background'],
  quote: null,
  confidence: 1,
  inferred: true,
  rationale: 'test data',
});

export const node = (id: string, labels: string[], props: Record<string, unknown> = {}) => ({
  id,
  labels,
  props: { ...provenance(id), name: id, ...props },
});

/** The id the write path gives a relationship: `from-[TYPE]->to`. */
export const relId = (type: string, from: string, to: string) => `${from}-[${type}]->${to}`;

export const rel = (
  type: string,
  from: string,
  to: string,
  props: Record<string, unknown> = {},
) => {
  const id = relId(type, from, to);
  return { id, type, from, to, props: { ...provenance(id), ...props } };
};

/** A measure's status changes, as the normaliser writes them: `[status, YYYY-MM-DD]` pairs. */
export function statusChanges(measure: string, history: [status: string, on: string][]) {
  const nodes = history.map(([status, on], index) =>
    node(`${measure}/status/${index}`, ['StatusChange'], {
      status,
      on: { $date: on },
      onPrecision: 'day',
      index: { $int: index },
      measureId: measure,
    }),
  );
  return { nodes, relationships: nodes.map((change) => rel('HAD_STATUS', measure, change.id)) };
}

const COMPANY = ['Company', 'Organization', 'Actor'];
const COUNTRY = ['Country', 'Actor'];

/** The path graph of `prefix`, with the measure's status history (in force from 2020 by default). */
export function pathGraph(
  prefix: string,
  history: [status: string, on: string][] = [['IN_FORCE', '2020-01-01']],
): NormalizedSeedFile {
  const ids = pathIds(prefix);
  const last = history[history.length - 1]?.[0] ?? 'IN_FORCE';
  const changes = statusChanges(ids.measure, history);
  const nodes = [
    node(ids.firm, COMPANY),
    node(ids.sector, ['Sector']),
    ...[ids.product, ids.metal, ids.covered].map((id) => node(id, ['Commodity'])),
    node(ids.target, COUNTRY, { iso2: 'XT' }),
    node(ids.imposer, COUNTRY, { iso2: 'XI' }),
    node(ids.measure, ['Measure'], { kind: 'EXPORT_BAN', status: last, description: prefix }),
    ...changes.nodes,
    node(ids.share, ['SupplyDependency'], { share: 0.4 }),
  ];
  const relationships = [
    rel('IN_SECTOR', ids.firm, ids.sector),
    rel('DEPENDS_ON', ids.sector, ids.product, { criticality: 0.9 }),
    rel('INPUT_TO', ids.metal, ids.product, { criticality: 0.5 }),
    rel('MEMBER_OF', ids.metal, ids.covered),
    rel('COVERS', ids.measure, ids.covered),
    rel('TARGETS', ids.measure, ids.target),
    rel('IMPOSED_BY', ids.measure, ids.imposer),
    rel('BASED_IN', ids.firm, ids.target),
    ...changes.relationships,
    rel('IMPORTER', ids.share, ids.target),
    rel('SUPPLIER', ids.share, ids.imposer),
    rel('OF_GOOD', ids.share, ids.covered),
  ];
  return { file: `${prefix}-path`, nodes, relationships } as NormalizedSeedFile;
}

/** Removes every node (and version) whose id contains `prefix`, with its relationships. */
export const removeFacts = (db: Database, prefix: string) =>
  db.runText(
    'MATCH (n) WHERE n.id CONTAINS $prefix OR n.versionOf CONTAINS $prefix DETACH DELETE n',
    { prefix },
    'WRITE',
  );
