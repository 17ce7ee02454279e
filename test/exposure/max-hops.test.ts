// maxHops counts the INPUT_TO / MEMBER_OF steps between the good depended on and the covered one
// (docs/exposure.md), on every question: the path graph's firm is two steps away (its product's
// input is a member of the covered class), so it is exposed with maxHops 2 and not with 1.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFiles } from '../../src/load/write.ts';
import { testDatabase } from '../helpers/database.ts';
import { globalId, run } from '../helpers/graphql.ts';
import { PATH_SCORE, pathGraph, pathIds, removeFacts } from './path-graph.ts';

const PREFIX = 'xhops';
const ids = pathIds(PREFIX);
const db = testDatabase();

beforeAll(async () => {
  await removeFacts(db, PREFIX);
  await writeFiles(db, [pathGraph(PREFIX)]);
});
afterAll(() => removeFacts(db, PREFIX));

async function scores(maxHops: number) {
  const { data, errors } = await run(
    db,
    `query($f: ID!, $m: ID!, $t: ID!, $maxHops: Int) {
      exposure(firm: $f, maxHops: $maxHops) { total }
      exposedFirms(measure: $m, maxHops: $maxHops) { edges { node { score } } }
      sectorExposure(target: $t, maxHops: $maxHops) { sectors { score } } }`,
    {
      f: globalId('Company', ids.firm),
      m: globalId('Measure', ids.measure),
      t: globalId('Country', ids.target),
      maxHops,
    },
  );
  expect(errors).toBeUndefined();
  return {
    firm: data.exposure.total as number,
    listed: data.exposedFirms.edges.map((e: { node: { score: number } }) => e.node.score),
    sectors: data.sectorExposure.sectors.map((s: { score: number }) => s.score),
  };
}

describe('maxHops', () => {
  it('reaches a firm two steps away with 2 (or more), on every question', async () => {
    for (const maxHops of [2, 3, 6]) {
      expect(await scores(maxHops)).toEqual({
        firm: expect.closeTo(PATH_SCORE, 12),
        listed: [expect.closeTo(PATH_SCORE, 12)],
        sectors: [expect.closeTo(0.18, 12)],
      });
    }
  });

  it('not with 1', async () => {
    expect(await scores(1)).toEqual({ firm: 0, listed: [], sectors: [] });
  });
});
