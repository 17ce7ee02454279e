// A measure's scope is a property of the measure that decides whom it reaches: at `knownAt` it is
// the scope known then (docs/history.md). The scope graph (scope-graph.ts) is written at T1, then
// an import at T2 turns the named measure into one on all destinations and the measure on all
// destinations into one that names nobody. The mutations cannot set a scope; an import can.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFiles } from '../../src/load/write.ts';
import { testDatabase } from '../helpers/database.ts';
import { globalId, run } from '../helpers/graphql.ts';
import { COUNTRIES, country, firm, GOOD, MEASURES, PREFIX, scopeGraph } from './scope-graph.ts';

const T1 = '2024-01-01T00:00:00.000Z';
const T2 = '2024-06-01T00:00:00.000Z';
const AS_OF = '2030-06-01';
const db = testDatabase();

/** The scope graph as the import at T2 restates it. */
function restated() {
  const graph = scopeGraph();
  for (const node of graph.nodes) {
    const props = node.props as Record<string, unknown>;
    if (node.id === MEASURES.named) props.scope = 'ALL_DESTINATIONS';
    if (node.id === MEASURES.all) delete props.scope;
  }
  return graph;
}

const removeData = () =>
  db.runText(
    `MATCH (n) WHERE n.id CONTAINS $prefix OR n.id IN $countries
       OR n.versionOf CONTAINS $prefix OR n.versionOf IN $countries
     DETACH DELETE n`,
    { prefix: PREFIX, countries: COUNTRIES.map(country) },
    'WRITE',
  );
beforeAll(async () => {
  await removeData();
  await writeFiles(db, [scopeGraph()], { now: T1, by: 'test' });
  await writeFiles(db, [restated()], { now: T2, by: 'test' });
});
afterAll(removeData);

async function ask(query: string, variables: Record<string, unknown>) {
  const { data, errors } = await run(db, query, variables);
  expect(errors).toBeUndefined();
  return data;
}
async function exposedFirms(measure: string, knownAt: string | null) {
  const data = await ask(
    `query($m: ID!, $asOf: Date, $k: DateTime) { exposedFirms(measure: $m, asOf: $asOf, knownAt: $k, first: 100) {
      edges { node { firm { id } } } } }`,
    { m: globalId('Measure', measure), asOf: AS_OF, k: knownAt },
  );
  return data.exposedFirms.edges.map((e: { node: { firm: { id: string } } }) => e.node.firm.id);
}
/** The measures that curb the good for a country, and the scope each one's path stands for. */
async function curbs(code: string, knownAt: string | null) {
  const data = await ask(
    `query($c: ID!, $f: ID!, $asOf: Date, $k: DateTime) {
      curbedGoods(target: $c, asOf: $asOf, knownAt: $k) { goods { good { id } measures { id } } }
      exposure(firm: $f, asOf: $asOf, knownAt: $k) { measures { measure { id } path { hops { type scope } } } } }`,
    {
      c: globalId('Country', country(code)),
      f: globalId('Company', firm(code)),
      asOf: AS_OF,
      k: knownAt,
    },
  );
  const [curbed] = data.curbedGoods.goods as { good: { id: string }; measures: { id: string }[] }[];
  expect(curbed?.good.id).toBe(GOOD);
  const exposure = data.exposure.measures.map(
    (m: { measure: { id: string }; path: { hops: { type: string; scope: string | null }[] } }) => [
      m.measure.id,
      m.path.hops.find((h) => h.type === 'TARGETS')?.scope ?? null,
    ],
  );
  return { curbed: curbed?.measures.map((m) => m.id).sort(), exposure: exposure.sort() };
}

describe('a measure’s scope at knownAt', () => {
  it('exposedFirms: whom each measure reached as known then, and now', async () => {
    expect(await exposedFirms(MEASURES.named, T1)).toEqual([firm('XS')]);
    expect((await exposedFirms(MEASURES.all, T1)).sort()).toEqual(
      [firm('XS'), firm('XU'), firm('XV')].sort(),
    );
    expect((await exposedFirms(MEASURES.named, null)).sort()).toEqual(
      [firm('XS'), firm('XU'), firm('XV')].sort(),
    );
    expect(await exposedFirms(MEASURES.all, null)).toEqual([]);
  });

  it('curbedGoods and exposure of a country no measure names: the scopes known then, and now', async () => {
    expect(await curbs('XU', T1)).toEqual({
      curbed: [MEASURES.all, MEASURES.allExcept].sort(),
      exposure: [
        [MEASURES.all, 'ALL_DESTINATIONS'],
        [MEASURES.allExcept, 'ALL_EXCEPT'],
      ].sort(),
    });
    expect(await curbs('XU', null)).toEqual({
      curbed: [MEASURES.named, MEASURES.allExcept].sort(),
      exposure: [
        [MEASURES.named, 'ALL_DESTINATIONS'],
        [MEASURES.allExcept, 'ALL_EXCEPT'],
      ].sort(),
    });
  });
});
