// The day a status change is dated is the day people ask about most: a measure announced on 10
// January is announced on 10 January. Each change below is asked about the day before, the day
// itself and the day after, through exposure, exposedFirms, curbedGoods and measures (with its
// totalCount): a change must count from its own day on (`on <= asOf`), never a day late.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFiles } from '../../src/load/write.ts';
import { testDatabase } from '../helpers/database.ts';
import { globalId, run } from '../helpers/graphql.ts';
import { exposedFirms, exposure, graphId } from './ask.ts';
import { pathGraph, pathIds, removeFacts } from './path-graph.ts';

const PREFIX = 'xbday';
const ids = pathIds(PREFIX);
const db = testDatabase();

const HISTORY: [string, string][] = [
  ['UNDER_CONSIDERATION', '2030-01-05'],
  ['ANNOUNCED', '2030-01-10'],
  ['IN_FORCE', '2030-02-10'],
  ['SUSPENDED', '2030-03-10'],
  ['IN_FORCE', '2030-04-10'],
  ['LIFTED', '2030-05-10'],
];

// The firm's path scores 0.144 in force; × 0.3 under consideration, × 0.7 announced, × 0.1
// suspended (docs/exposure.md). `measures(activeAsOf:)` lists only the first three statuses.
const SCORE: Record<string, number> = {
  UNDER_CONSIDERATION: 0.0432,
  ANNOUNCED: 0.1008,
  IN_FORCE: 0.144,
  SUSPENDED: 0.0144,
};
const DAYS: [day: string, status: string | null][] = [
  ['2030-01-04', null],
  ['2030-01-05', 'UNDER_CONSIDERATION'],
  ['2030-01-06', 'UNDER_CONSIDERATION'],
  ['2030-01-09', 'UNDER_CONSIDERATION'],
  ['2030-01-10', 'ANNOUNCED'],
  ['2030-01-11', 'ANNOUNCED'],
  ['2030-02-09', 'ANNOUNCED'],
  ['2030-02-10', 'IN_FORCE'],
  ['2030-02-11', 'IN_FORCE'],
  ['2030-03-09', 'IN_FORCE'],
  ['2030-03-10', 'SUSPENDED'],
  ['2030-03-11', 'SUSPENDED'],
  ['2030-04-09', 'SUSPENDED'],
  ['2030-04-10', 'IN_FORCE'],
  ['2030-04-11', 'IN_FORCE'],
  ['2030-05-09', 'IN_FORCE'],
  ['2030-05-10', null], // lifted: exposes nothing, listed as active nowhere
  ['2030-05-11', null],
];
const ACTIVE_IN_MEASURES = ['UNDER_CONSIDERATION', 'ANNOUNCED', 'IN_FORCE'];

beforeAll(async () => {
  await removeFacts(db, PREFIX);
  await writeFiles(db, [pathGraph(PREFIX, HISTORY)]);
});
afterAll(() => removeFacts(db, PREFIX));

describe('a status change counts from its own day', () => {
  it.each(DAYS)('exposedFirms and exposure on %s: %s', async (asOf, status) => {
    const firms = await exposedFirms(db, ids.measure, { asOf });
    const own = await exposure(db, ids.firm, { asOf });
    if (status === null) {
      expect(firms).toEqual([]);
      expect(own).toEqual({ total: 0, measures: [] });
      return;
    }
    const score = SCORE[status] ?? Number.NaN;
    expect(firms).toEqual([{ firm: ids.firm, score: expect.closeTo(score, 12), status }]);
    expect(own.measures).toEqual([
      { measure: ids.measure, score: expect.closeTo(score, 12), status },
    ]);
    expect(own.total).toBeCloseTo(score, 12);
  });

  it.each(DAYS)('curbedGoods and sectorExposure of the target on %s: %s', async (asOf, status) => {
    const { data, errors } = await run(
      db,
      `query($t: ID!, $asOf: Date) {
        curbedGoods(target: $t, asOf: $asOf) { goods { good { id } measures { id } } }
        sectorExposure(target: $t, asOf: $asOf) { sectors { score sector { id } } } }`,
      { t: globalId('Country', ids.target), asOf },
    );
    expect(errors).toBeUndefined();
    const curbed = data.curbedGoods.goods.map(
      (g: { good: { id: string }; measures: { id: string }[] }) => [
        graphId(g.good.id),
        g.measures.map((m) => graphId(m.id)),
      ],
    );
    const sectors = data.sectorExposure.sectors.map(
      (s: { score: number; sector: { id: string } }) => [graphId(s.sector.id), s.score],
    );
    if (status === null) {
      expect(curbed).toEqual([]);
      expect(sectors).toEqual([]);
      return;
    }
    expect(curbed).toEqual([[ids.covered, [ids.measure]]]);
    // The sector's own path has no IN_SECTOR hop: 0.9 × 0.5 × 1 × 0.4 = 0.18, × the likelihood.
    const sectorScore = ((SCORE[status] ?? Number.NaN) / 0.144) * 0.18;
    expect(sectors).toEqual([[ids.sector, expect.closeTo(sectorScore, 12)]]);
  });

  it.each(DAYS)('measures(activeAsOf: %s) and its totalCount: %s', async (activeAsOf, status) => {
    const active = status !== null && ACTIVE_IN_MEASURES.includes(status);
    const { data, errors } = await run(
      db,
      `query($filter: MeasureFilter) { measures(filter: $filter) { totalCount edges { node { id status } } } }`,
      { filter: { activeAsOf, covers: [globalId('Commodity', ids.covered)] } },
    );
    expect(errors).toBeUndefined();
    const listed = data.measures.edges.map((e: { node: { id: string; status: string } }) => ({
      id: graphId(e.node.id),
      status: e.node.status,
    }));
    expect(listed).toEqual(active ? [{ id: ids.measure, status }] : []);
    expect(data.measures.totalCount).toBe(active ? 1 : 0);
  });

  it.each(DAYS.filter(([, status]) => status !== null && ACTIVE_IN_MEASURES.includes(status)))(
    'measures(activeAsOf: %s, statuses:) keeps the status of that very day: %s',
    async (activeAsOf, status) => {
      const count = async (statuses: string[]) => {
        const { data, errors } = await run(
          db,
          'query($filter: MeasureFilter) { measures(filter: $filter) { totalCount edges { node { id } } } }',
          { filter: { activeAsOf, statuses, covers: [globalId('Commodity', ids.covered)] } },
        );
        expect(errors).toBeUndefined();
        expect(data.measures.edges).toHaveLength(data.measures.totalCount);
        return data.measures.totalCount as number;
      };
      expect(await count([status as string])).toBe(1);
      const others = ACTIVE_IN_MEASURES.filter((s) => s !== status);
      expect(await count(others)).toBe(0);
    },
  );
});
