// The weights of the exposure score, pinned by numbers written here (not read from the code that
// computes them), checked against the words of docs/exposure.md and against what the API answers.
// A weight changed in the code, or in the doc alone, fails here.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFiles } from '../../src/load/write.ts';
import type { NormalizedSeedFile } from '../../src/model/format.ts';
import { testDatabase } from '../helpers/database.ts';
import { globalId, run } from '../helpers/graphql.ts';
import { exposure, graphId } from './ask.ts';
import { node, rel, removeFacts, statusChanges } from './path-graph.ts';

const PINNED = {
  defaultCriticality: 0.5,
  memberOf: 1,
  partialMemberOf: 0.5,
  inSector: 0.8,
  saysWhoAndWhat: 1,
  unknownSupplyShare: 1,
  status: { IN_FORCE: 1, ANNOUNCED: 0.7, UNDER_CONSIDERATION: 0.3, SUSPENDED: 0.1, LIFTED: 0 },
  defaultMaxHops: 4,
  maxMaxHops: 6,
};

describe('docs/exposure.md states the pinned weights', () => {
  const doc = readFileSync('docs/exposure.md', 'utf8');
  const rows = new Map(
    doc
      .split('\n')
      .filter((line) => line.startsWith('| '))
      .map((line) => line.split('|').map((cell) => cell.trim()))
      .map(([, factor, weight]) => [factor, weight ?? ''] as const),
  );
  const numbers = (cell: string | undefined) =>
    [...(cell ?? '').matchAll(/(?<![\w.])\d+(?:\.\d+)?(?![\w.])/g)].map((m) => Number(m[0]));

  it('for each factor of the score', () => {
    expect(numbers(rows.get('DEPENDS_ON'))).toEqual([PINNED.defaultCriticality]);
    expect(numbers(rows.get('INPUT_TO'))).toEqual([PINNED.defaultCriticality]);
    expect(numbers(rows.get('MEMBER_OF'))).toEqual([PINNED.memberOf]);
    expect(rows.get('MEMBER_OF')).toMatch(/half if the relationship is `partial`/);
    expect(numbers(rows.get('IN_SECTOR'))).toEqual([PINNED.inSector]);
    expect(numbers(rows.get('COVERS, TARGETS, BASED_IN'))).toEqual([PINNED.saysWhoAndWhat]);
    expect(rows.get('supply share')).toMatch(/unknown: `unknownSupplyShare` \(1, /);
    const likelihoods = [...(rows.get('status likelihood') ?? '').matchAll(/([A-Z_]+) ([\d.]+)/g)];
    expect(Object.fromEntries(likelihoods.map(([, s, w]) => [s, Number(w)]))).toEqual(
      PINNED.status,
    );
  });

  it('for maxHops, and for the worked example on the seeded graph', () => {
    expect(doc).toMatch(
      new RegExp(`default ${PINNED.defaultMaxHops}, at most ${PINNED.maxMaxHops}\\.`),
    );
    const example = /score ([\d.]+(?: × [\d.]+)+) = ([\d.]+)/.exec(doc);
    const factors = example?.[1]?.split(' × ').map(Number) ?? [];
    expect(factors).toEqual([PINNED.inSector, 0.8, 0.7, 0.95, PINNED.memberOf, 0.6, 1]);
    expect(Number(example?.[2])).toBeCloseTo(0.25536, 12);
  });
});

// One firm in a sector that depends (no criticality) on a product whose input (no criticality)
// is a partial member of the covered class; no supply share known. Five measures cover the class
// against the firm's country, one per status: the path weighs 0.8 × 0.5 × 0.5 × 0.5 × 1 = 0.1.
const P = 'xweight';
const FIRM = `company:${P}-firm`;
const COUNTRY = `country:${P}-target`;
const STATUSES = Object.keys(PINNED.status);
const measureOf = (status: string) => `measure:${P}-${status.toLowerCase().replaceAll('_', '-')}`;

function weightsGraph(): NormalizedSeedFile {
  const [sector, product, metal, covered] = ['sector', 'product', 'metal', 'class'].map(
    (name) => `${name === 'sector' ? 'sector' : 'commodity'}:${P}-${name}`,
  ) as [string, string, string, string];
  const measures = STATUSES.map((status) => ({
    id: measureOf(status),
    changes: statusChanges(measureOf(status), [[status, '2020-01-01']]),
  }));
  const nodes = [
    node(FIRM, ['Company', 'Organization', 'Actor']),
    node(COUNTRY, ['Country', 'Actor'], { iso2: 'XW' }),
    node(sector, ['Sector']),
    ...[product, metal, covered].map((id) => node(id, ['Commodity'])),
    ...measures.flatMap((m) => [
      node(m.id, ['Measure'], { kind: 'EXPORT_BAN', description: m.id }),
      ...m.changes.nodes,
    ]),
  ];
  const relationships = [
    rel('IN_SECTOR', FIRM, sector),
    rel('BASED_IN', FIRM, COUNTRY),
    rel('DEPENDS_ON', sector, product),
    rel('INPUT_TO', metal, product),
    rel('MEMBER_OF', metal, covered, { partial: true }),
    ...measures.flatMap((m) => [
      rel('COVERS', m.id, covered),
      rel('TARGETS', m.id, COUNTRY),
      ...m.changes.relationships,
    ]),
  ];
  return { file: P, nodes, relationships } as NormalizedSeedFile;
}

const db = testDatabase();
beforeAll(async () => {
  await removeFacts(db, P);
  await writeFiles(db, [weightsGraph()]);
});
afterAll(() => removeFacts(db, P));

describe('the API scores with the pinned weights', () => {
  it('weighs each hop as the doc says, and each status by its likelihood', async () => {
    const { total, measures } = await exposure(db, FIRM, { asOf: '2026-01-01' });
    expect(measures).toEqual([
      { measure: measureOf('IN_FORCE'), score: expect.closeTo(0.1, 12), status: 'IN_FORCE' },
      { measure: measureOf('ANNOUNCED'), score: expect.closeTo(0.07, 12), status: 'ANNOUNCED' },
      {
        measure: measureOf('UNDER_CONSIDERATION'),
        score: expect.closeTo(0.03, 12),
        status: 'UNDER_CONSIDERATION',
      },
      { measure: measureOf('SUSPENDED'), score: expect.closeTo(0.01, 12), status: 'SUSPENDED' },
    ]);
    // 1 − (1 − 0.1)(1 − 0.07)(1 − 0.03)(1 − 0.01)
    expect(total).toBeCloseTo(0.1962289, 12);
  });

  it('shows each hop’s weight on the path', async () => {
    const { data, errors } = await run(
      db,
      `query($m: ID!) { exposedFirms(measure: $m, asOf: "2026-01-01") { edges { node { firm { id } path { supplyShare hops { type weight } } } } } }`,
      { m: globalId('Measure', measureOf('IN_FORCE')) },
    );
    expect(errors).toBeUndefined();
    const [edge] = data.exposedFirms.edges;
    expect(graphId(edge.node.firm.id)).toBe(FIRM);
    expect(edge.node.path.supplyShare).toBeNull();
    expect(edge.node.path.hops).toEqual([
      { type: 'IN_SECTOR', weight: 0.8 },
      { type: 'DEPENDS_ON', weight: 0.5 },
      { type: 'INPUT_TO', weight: 0.5 },
      { type: 'MEMBER_OF', weight: 0.5 },
      { type: 'COVERS', weight: 1 },
      { type: 'TARGETS', weight: 1 },
      { type: 'BASED_IN', weight: 1 },
    ]);
  });

  it('answers the doc’s worked example with the doc’s number', async () => {
    const { measures } = await exposure(db, 'company:mitsubishi-heavy-industries', {
      asOf: '2026-01-08',
    });
    const dualUse = measures.find((m) => m.measure === 'measure:cn-2026-dual-use-export-ban-jp');
    expect(dualUse?.score).toBeCloseTo(0.25536, 12);
  });
});
