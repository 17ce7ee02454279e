// Every fact of the path graph (path-graph.ts) in turn, with what exposure must answer when that
// fact alone does not count (retracted, or not yet known): shared by retraction.test.ts and
// known-at.test.ts.
import { expect } from 'vitest';
import type { Database } from '../../src/db/database.ts';
import { exposedFirms, exposure, sectorExposure, type When } from './ask.ts';
import { PATH_SCORE, type PathIds, relId } from './path-graph.ts';

// What stays once the fact is gone: the firm's score, and the sector's (its own path has no
// IN_SECTOR or BASED_IN hop: 0.9 × 0.5 × 1 × 0.4 = 0.18) with the firms driving it.
export type Left = { firm: number; sector: number | null; driving: boolean };
export const GONE: Left = { firm: 0, sector: null, driving: false };
const FIRM_GONE: Left = { firm: 0, sector: 0.18, driving: false };
// Without the supply share it is unknown, weight 1: 0.8 × 0.9 × 0.5 × 1 = 0.36; the sector 0.45.
const SHARE_GONE: Left = { firm: 0.36, sector: 0.45, driving: true };

export const CASES: [fact: string, id: (p: PathIds) => string, left: Left][] = [
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
export const NOTHING_GONE: Left = { firm: PATH_SCORE, sector: 0.18, driving: true };

/** exposedFirms, exposure and sectorExposure all answer `left` for the copy `ids`. */
export async function expectExposure(db: Database, ids: PathIds, left: Left, when: When) {
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
