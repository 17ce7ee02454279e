// `explain(from, to, maxHops)`: the shortest paths between two nodes (up to 100, shortest first),
// never through a retracted relationship, of at most maxHops relationships. Asked of the path
// graph (path-graph.ts): from the firm to the covered class there are two paths of three hops (through the measure, and
// through the supply dependency) and a longer one through the sector.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFiles } from '../../src/load/write.ts';
import { testDatabase } from '../helpers/database.ts';
import { globalId, run } from '../helpers/graphql.ts';
import { client } from '../mutations/client.ts';
import { graphId } from './ask.ts';
import { pathGraph, pathIds, relId, removeFacts } from './path-graph.ts';

const PREFIX = 'xexplain';
const db = testDatabase();
const [whole, cut] = [pathIds(`${PREFIX}0`), pathIds(`${PREFIX}1`)];

beforeAll(async () => {
  await removeFacts(db, PREFIX);
  await writeFiles(db, [pathGraph(`${PREFIX}0`), pathGraph(`${PREFIX}1`)]);
  const { error, errors } = await client(db).mutate('retract', {
    id: ['ID!', relId('TARGETS', cut.measure, cut.target)],
    reason: ['String!', 'Retracted by a test.'],
  });
  expect(errors ?? error).toBeUndefined();
});
afterAll(() => removeFacts(db, PREFIX));

async function explain(ids: typeof whole, maxHops?: number) {
  const { data, errors } = await run(
    db,
    `query($from: ID!, $to: ID!, $maxHops: Int) { explain(from: $from, to: $to, maxHops: $maxHops) {
      edges { node { length hops { type } } } } }`,
    {
      from: globalId('Company', ids.firm),
      to: globalId('Commodity', ids.covered),
      maxHops,
    },
  );
  expect(errors).toBeUndefined();
  type Path = { length: number; hops: { type: string }[] };
  return (data.explain.edges as { node: Path }[])
    .map(({ node: path }) => path.hops.map((hop) => hop.type).join(' '))
    .sort();
}

const THROUGH_MEASURE = 'BASED_IN TARGETS COVERS';
const THROUGH_SHARE = 'BASED_IN IMPORTER OF_GOOD';
const THROUGH_SECTOR = 'IN_SECTOR DEPENDS_ON INPUT_TO MEMBER_OF';

describe('explain', () => {
  it('gives the shortest paths, the longer ones too, up to maxHops relationships', async () => {
    expect(await explain(whole)).toEqual([THROUGH_SHARE, THROUGH_MEASURE, THROUGH_SECTOR]);
    expect(await explain(whole, 4)).toEqual([THROUGH_SHARE, THROUGH_MEASURE, THROUGH_SECTOR]);
    expect(await explain(whole, 3)).toEqual([THROUGH_SHARE, THROUGH_MEASURE]);
    expect(await explain(whole, 2)).toEqual([]);
  });

  it('reads each path from `from` to `to` in steps, each saying which way it crosses its relationship', async () => {
    const { data } = await run(
      db,
      `query($from: ID!, $to: ID!) { explain(from: $from, to: $to, maxHops: 3) {
        edges { node { hops { type } steps { from { id } to { id } direction relationship { type } } } } } }`,
      { from: globalId('Company', whole.firm), to: globalId('Commodity', whole.covered) },
    );
    type Step = {
      from: { id: string };
      to: { id: string };
      direction: string;
      relationship: { type: string };
    };
    const paths = (
      data.explain.edges as { node: { hops: { type: string }[]; steps: Step[] } }[]
    ).map((e) => e.node);
    const throughMeasure = paths.find(
      (p) => p.hops.map((h) => h.type).join(' ') === THROUGH_MEASURE,
    );
    // firm -BASED_IN-> target <-TARGETS- measure -COVERS-> covered
    expect(
      throughMeasure?.steps.map((s) => [
        graphId(s.from.id),
        s.relationship.type,
        s.direction,
        graphId(s.to.id),
      ]),
    ).toEqual([
      [whole.firm, 'BASED_IN', 'ALONG', whole.target],
      [whole.target, 'TARGETS', 'AGAINST', whole.measure],
      [whole.measure, 'COVERS', 'ALONG', whole.covered],
    ]);
    for (const path of paths) {
      expect(path.steps[0]?.from.id).toBe(globalId('Company', whole.firm));
      expect(path.steps.at(-1)?.to.id).toBe(globalId('Commodity', whole.covered));
      for (const [i, step] of path.steps.entries())
        if (i > 0) expect(step.from.id).toBe(path.steps[i - 1]?.to.id);
    }
  });

  it('never goes through a retracted relationship', async () => {
    expect(await explain(cut)).toEqual([THROUGH_SHARE, THROUGH_SECTOR]);
  });
});
