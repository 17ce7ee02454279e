// Every read hides retracted facts (docs/history.md), exposure included. One copy of the path
// graph per kind of fact: each copy has one fact retracted through the `retract` mutation, and
// exposedFirms, exposure and sectorExposure must answer as if the fact were not there; as known
// just before the retraction they still see it, and from its very instant on they do not.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFiles } from '../../src/load/write.ts';
import { testDatabase } from '../helpers/database.ts';
import { client } from '../mutations/client.ts';
import { exposedFirms, exposure, sectorExposure, type When } from './ask.ts';
import { PATH_SCORE, type PathIds, pathGraph, pathIds, relId, removeFacts } from './path-graph.ts';

const PREFIX = 'xretr';
const db = testDatabase();
const { mutate } = client(db);

// What stays once the fact is gone: the firm's score, and the sector's (its own path has no
// IN_SECTOR or BASED_IN hop: 0.9 × 0.5 × 1 × 0.4 = 0.18) with the firms driving it.
type Left = { firm: number; sector: number | null; driving: boolean };
const GONE: Left = { firm: 0, sector: null, driving: false };
const FIRM_GONE: Left = { firm: 0, sector: 0.18, driving: false };
// Without the supply share it is unknown, weight 1: 0.8 × 0.9 × 0.5 × 1 = 0.36; the sector 0.45.
const SHARE_GONE: Left = { firm: 0.36, sector: 0.45, driving: true };

const CASES: [fact: string, id: (p: PathIds) => string, left: Left][] = [
  ['IN_SECTOR', (p) => relId('IN_SECTOR', p.firm, p.sector), FIRM_GONE],
  ['DEPENDS_ON', (p) => relId('DEPENDS_ON', p.sector, p.product), GONE],
  ['INPUT_TO', (p) => relId('INPUT_TO', p.metal, p.product), GONE],
  ['MEMBER_OF', (p) => relId('MEMBER_OF', p.metal, p.covered), GONE],
  ['COVERS', (p) => relId('COVERS', p.measure, p.covered), GONE],
  ['TARGETS', (p) => relId('TARGETS', p.measure, p.target), GONE],
  ['BASED_IN', (p) => relId('BASED_IN', p.firm, p.target), FIRM_GONE],
  ['IMPOSED_BY', (p) => relId('IMPOSED_BY', p.measure, p.imposer), SHARE_GONE],
  ['the supply dependency', (p) => p.share, SHARE_GONE],
  ['its IMPORTER', (p) => relId('IMPORTER', p.share, p.target), SHARE_GONE],
  ['its SUPPLIER', (p) => relId('SUPPLIER', p.share, p.imposer), SHARE_GONE],
  ['its OF_GOOD', (p) => relId('OF_GOOD', p.share, p.covered), SHARE_GONE],
  ['the firm', (p) => p.firm, FIRM_GONE],
  ['the sector', (p) => p.sector, GONE],
  ['the good depended on', (p) => p.product, GONE],
  ['the input (an INPUT_TO step)', (p) => p.metal, GONE],
  ['the covered good', (p) => p.covered, GONE],
  ['the target country', (p) => p.target, GONE],
  ['the imposing country', (p) => p.imposer, SHARE_GONE],
  ['the measure', (p) => p.measure, GONE],
  ['its only status change', (p) => `${p.measure}/status/0`, GONE],
];
const NOTHING_GONE: Left = { firm: PATH_SCORE, sector: 0.18, driving: true };

const copy = (index: number) => pathIds(`${PREFIX}${index}`);
const retractedAt: string[] = [];

beforeAll(async () => {
  await removeFacts(db, PREFIX);
  const copies = [...CASES.keys(), CASES.length].map((i) => pathGraph(`${PREFIX}${i}`));
  await writeFiles(db, copies);
  for (const [index, [, id]] of CASES.entries()) {
    const { data, error, errors } = await mutate('retract', {
      id: ['ID!', id(copy(index))],
      reason: ['String!', 'Retracted by a test.'],
    });
    expect(errors ?? error).toBeUndefined();
    retractedAt[index] = data.at;
  }
});
afterAll(() => removeFacts(db, PREFIX));

async function expectExposure(ids: PathIds, left: Left, when: When) {
  const firms = await exposedFirms(db, ids.measure, when);
  const own = await exposure(db, ids.firm, when);
  if (left.firm === 0) {
    expect(firms).toEqual([]);
    expect(own).toEqual({ total: 0, measures: [] });
  } else {
    expect(firms).toEqual([
      { firm: ids.firm, score: expect.closeTo(left.firm, 12), status: 'IN_FORCE' },
    ]);
    expect(own.total).toBeCloseTo(left.firm, 12);
    expect(own.measures.map((m) => m.measure)).toEqual([ids.measure]);
  }
  const sectors = await sectorExposure(db, ids.target, when);
  expect(sectors).toEqual(
    left.sector === null
      ? []
      : [
          {
            sector: ids.sector,
            score: expect.closeTo(left.sector, 12),
            firms: left.driving ? [ids.firm] : [],
          },
        ],
  );
}

const justBefore = (instant: string) => new Date(Date.parse(instant) - 1).toISOString();

describe('a retracted fact on an exposure path no longer counts', () => {
  it('the untouched copy is exposed along the whole path', async () => {
    await expectExposure(copy(CASES.length), NOTHING_GONE, {});
  });

  it.each(CASES.map(([fact, , left], index) => [fact, index, left] as const))(
    'retracting %s',
    async (_fact, index, left) => {
      await expectExposure(copy(index), left, {});
      const at = retractedAt[index] as string;
      await expectExposure(copy(index), NOTHING_GONE, { knownAt: justBefore(at) });
      await expectExposure(copy(index), left, { knownAt: at });
    },
  );
});
