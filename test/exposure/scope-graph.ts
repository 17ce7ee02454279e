/**
 * A small graph for the scope of measures and for dates at their precision. Country XT imposes
 * three measures covering good C: one naming XS (and, wrongly, XT itself), one on all
 * destinations, one on all except XV. A firm in each of XS, XT, XU, XV is in a sector that depends
 * on C. A fourth measure against XS is dated at year and month precision. A fifth against XS
 * covers a good no firm depends on (on no firm's path), in force from a day known to the year
 * only (2035). The seeded data is left alone.
 */
import type { NormalizedSeedFile } from '../../src/model/format.ts';

export const PREFIX = 'scoped';
export const GOOD = `commodity:${PREFIX}-c`;
export const SECTOR = `sector:${PREFIX}-makers`;
export const MEASURES = {
  named: `measure:${PREFIX}-named`,
  all: `measure:${PREFIX}-all`,
  allExcept: `measure:${PREFIX}-all-except`,
  dated: `measure:${PREFIX}-dated`,
  elsewhere: `measure:${PREFIX}-elsewhere`,
};
/** The good only the `elsewhere` measure covers: no firm depends on it. */
export const OTHER_GOOD = `commodity:${PREFIX}-other`;
export const firm = (country: string) => `company:${PREFIX}-firm-${country.toLowerCase()}`;
/** User-assigned codes (XS…XV), so no real country is touched. */
export const COUNTRIES = ['XS', 'XT', 'XU', 'XV'];
export const country = (code: string) => `country:${code}`;

export const provenance = (id: string) => ({
  id,
  sourceIds: ['source:analyst-background'],
  quote: null,
  confidence: 1,
  inferred: true,
  rationale: 'planted test data',
});

function node(id: string, labels: string[], props: Record<string, unknown> = {}) {
  return { id, labels, props: { ...provenance(id), name: id, ...props } };
}

export function rel(type: string, from: string, to: string, props: Record<string, unknown> = {}) {
  const id = `${from}-[${type}]->${to}`;
  return { id, type, from, to, props: { ...provenance(id), ...props } };
}

const change = (measure: string, index: number, status: string, on: string, precision: string) =>
  node(`${measure}/status/${index}`, ['StatusChange'], {
    status,
    on: { $date: on },
    onPrecision: precision,
    index: { $int: index },
    measureId: measure,
  });

/** The dated measure: announced in 2031 (year), in force 2032-02 (month), lifted 2033-03-15. */
export const DATED = [
  change(MEASURES.dated, 0, 'ANNOUNCED', '2031-01-01', 'year'),
  change(MEASURES.dated, 1, 'IN_FORCE', '2032-02-01', 'month'),
  change(MEASURES.dated, 2, 'LIFTED', '2033-03-15', 'day'),
];

/** The measure on no path: in force from a day in 2035, known to the year only. */
const ELSEWHERE = change(MEASURES.elsewhere, 0, 'IN_FORCE', '2035-01-01', 'year');

export function scopeGraph(): NormalizedSeedFile {
  const inForce = [MEASURES.named, MEASURES.all, MEASURES.allExcept].map((m) =>
    change(m, 0, 'IN_FORCE', '2030-01-01', 'day'),
  );
  const measure = (id: string, props: Record<string, unknown> = {}) =>
    node(id, ['Measure'], {
      kind: 'EXPORT_CONTROL',
      status: 'IN_FORCE',
      description: id,
      ...props,
    });
  const nodes = [
    ...COUNTRIES.map((c) => node(country(c), ['Country', 'Actor'], { iso2: c })),
    node(GOOD, ['Commodity'], { hsCodes: ['9999'] }),
    node(SECTOR, ['Sector']),
    ...COUNTRIES.map((c) => node(firm(c), ['Company', 'Organization', 'Actor'])),
    measure(MEASURES.named),
    measure(MEASURES.all, { scope: 'ALL_DESTINATIONS' }),
    measure(MEASURES.allExcept, { scope: 'ALL_EXCEPT' }),
    measure(MEASURES.dated, { status: 'LIFTED' }),
    node(OTHER_GOOD, ['Commodity'], { hsCodes: ['9998'] }),
    measure(MEASURES.elsewhere),
    ...inForce,
    ...DATED,
    ELSEWHERE,
  ];
  const relationships = [
    ...COUNTRIES.map((c) => rel('BASED_IN', firm(c), country(c))),
    ...COUNTRIES.map((c) => rel('IN_SECTOR', firm(c), SECTOR)),
    rel('DEPENDS_ON', SECTOR, GOOD, { criticality: 1 }),
    ...Object.values(MEASURES).flatMap((m) => [
      rel('IMPOSED_BY', m, country('XT')),
      rel('COVERS', m, m === MEASURES.elsewhere ? OTHER_GOOD : GOOD),
    ]),
    rel('TARGETS', MEASURES.named, country('XS')),
    // Named by mistake: the imposer never counts as a target.
    rel('TARGETS', MEASURES.named, country('XT')),
    rel('EXEMPTS', MEASURES.allExcept, country('XV')),
    rel('TARGETS', MEASURES.dated, country('XS')),
    rel('TARGETS', MEASURES.elsewhere, country('XS')),
    ...[...inForce, ...DATED, ELSEWHERE].map((c) =>
      rel('HAD_STATUS', String((c.props as Record<string, unknown>).measureId), c.id),
    ),
  ];
  return { file: 'scope-graph', nodes, relationships } as NormalizedSeedFile;
}
