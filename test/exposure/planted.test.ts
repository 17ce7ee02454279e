import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXPOSURE_WEIGHTS as W } from '../../src/exposure/weights.ts';
import { writeFiles } from '../../src/load/write.ts';
import { testDatabase } from '../helpers/database.ts';
import { globalId, run } from '../helpers/graphql.ts';
import { CHAIN, expectedScore, firm, MEASURE, PREFIX, plantedGraph } from './planted-graph.ts';

const db = testDatabase();

beforeAll(() => writeFiles(db, [plantedGraph()]));
afterAll(() =>
  db.runText(
    `MATCH (n:Entity) WHERE n.id CONTAINS $prefix OR n.id IN ['country:XA', 'country:XB'] DETACH DELETE n`,
    { prefix: PREFIX },
    'WRITE',
  ),
);

type Ranked = { score: number; firm: { id: string }; path: { hops: { type: string }[] } };
const firmId = (gid: string) => gid;

async function exposed(asOf: string, maxHops?: number, minScore?: number): Promise<Ranked[]> {
  const { data, errors } = await run(
    db,
    `query($m: ID!, $asOf: Date, $maxHops: Int, $minScore: Float) {
      exposedFirms(measure: $m, asOf: $asOf, maxHops: $maxHops, minScore: $minScore, first: 100) {
        edges { node { score firm { id } path { hops { type } } } } } }`,
    { m: globalId('Measure', MEASURE), asOf, maxHops, minScore },
  );
  expect(errors).toBeUndefined();
  return data.exposedFirms.edges.map((e: { node: Ranked }) => e.node);
}

describe('exposure on a planted graph with known answers', () => {
  it('ranks firms by exactly the product of the weights, down to the default depth of 4', async () => {
    const ranked = await exposed('2030-06-01');
    const expected = [
      ...[0, 1, 2, 3, 4].map((k) => ({ id: firm(`f${k}`), score: expectedScore(k, 1) })),
      ...['t1', 't2'].map((name) => ({ id: firm(name), score: 0.5 * expectedScore(1, 1) })),
    ].sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1));
    expect(ranked.map((r) => firmId(r.firm.id))).toEqual(expected.map((e) => e.id));
    for (const [i, r] of ranked.entries())
      expect(r.score).toBeCloseTo(expected[i]?.score ?? -1, 12);
  });

  it('reaches deeper firms only as maxHops allows (6 at most), and refuses 7', async () => {
    const ids = async (maxHops: number) =>
      (await exposed('2030-06-01', maxHops)).map((r) => firmId(r.firm.id));
    expect(await ids(1)).toEqual([firm('f0'), firm('f1'), firm('t1'), firm('t2')]);
    expect(await ids(6)).toContain(firm('f6'));
    expect(await ids(6)).not.toContain(firm('f7'));
    expect(CHAIN).toHaveLength(7);
    const tooDeep = await run(
      db,
      'query($m: ID!) { exposedFirms(measure: $m, maxHops: 7) { __typename } }',
      { m: globalId('Measure', MEASURE) },
    );
    expect(tooDeep.errors?.[0]?.message).toMatch(/maxHops must be at most 6/);
  });

  it('follows the cycle in INPUT_TO without looping or listing a firm twice', async () => {
    const ranked = await exposed('2030-06-01', 6);
    const ids = ranked.map((r) => r.firm.id);
    expect(new Set(ids).size).toBe(ids.length);
    const f2 = ranked.find((r) => firmId(r.firm.id) === firm('f2'));
    expect(f2?.path.hops.map((h) => h.type)).toEqual([
      'DEPENDS_ON',
      'INPUT_TO',
      'INPUT_TO',
      'COVERS',
      'TARGETS',
      'BASED_IN',
    ]);
  });

  it('orders ties stably by id', async () => {
    const ranked = (await exposed('2030-06-01')).map((r) => firmId(r.firm.id));
    expect(ranked.indexOf(firm('t1'))).toBe(ranked.indexOf(firm('t2')) - 1);
  });

  it('follows the measure through time: nothing before, discounted while announced, nothing once lifted', async () => {
    expect(await exposed('2029-12-31')).toEqual([]);
    const announced = await exposed('2030-02-01');
    expect(announced[0]?.score).toBeCloseTo(expectedScore(0, W.statusLikelihood.ANNOUNCED), 12);
    expect(await exposed('2031-06-01')).toEqual([]);
  });

  it('never exposes a firm of the imposing country, and filters by minScore', async () => {
    const all = (await exposed('2030-06-01')).map((r) => firmId(r.firm.id));
    expect(all).not.toContain(firm('out'));
    const strong = await exposed('2030-06-01', undefined, expectedScore(2, 1));
    expect(strong.map((r) => firmId(r.firm.id))).toEqual([firm('f0'), firm('f1'), firm('f2')]);
  });
});
