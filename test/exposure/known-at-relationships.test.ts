// Exposure at `knownAt` scores and shows each relationship (criticality, quote) and supply share
// as it was known then, from the version that held then (docs/history.md), not as restated since;
// and a fact retracted after that instant is shown standing, as it was. The graph and its
// restatements are written through the API (restated-graph.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabase } from '../helpers/database.ts';
import { globalId } from '../helpers/graphql.ts';
import { client, type Json } from '../mutations/client.ts';
import {
  DEPENDS_ON,
  IDS,
  QUOTES,
  removeRestatedGraph,
  writeRestatedGraph,
} from './restated-graph.ts';

const db = testDatabase();
const { mutate, read } = client(db);
const AS_OF = '2026-06-01';
const HOP = 'hops { type weight criticality quote assertedAt retracted { at } }';

let instants = { original: '', restated: '' };
/** Each relationship type's assertedAt as stored (one relationship of each type on the path). */
let asserted: Record<string, string> = {};
beforeAll(async () => {
  await removeRestatedGraph(db);
  instants = await writeRestatedGraph(db);
  const stored = (await db.runText(
    `MATCH ()-[r]->() WHERE r.id CONTAINS 'zkrels' RETURN type(r) AS type, r.assertedAt AS at`,
    {},
  )) as { type: string; at: string }[];
  asserted = Object.fromEntries(stored.map((r) => [r.type, r.at]));
  expect(Object.keys(asserted)).toHaveLength(stored.length);
});
afterAll(() => removeRestatedGraph(db));

/** What each answer must show: state 0 as first written, 1 as restated (restated-graph.ts). */
type State = 0 | 1;
const SCORES = { firm: [0.128, 0.1296], sector: [0.16, 0.162], share: [0.4, 0.6] } as const;
const DESCRIPTIONS = ['A curb, as first reported.', 'A curb, as corrected.'] as const;
const hop = (type: string, quote: string, weight = 1, criticality: number | null = null) => ({
  type,
  weight: expect.closeTo(weight, 12),
  criticality,
  quote,
  // When the graph learned the fact, as stored (restating keeps it): exposure's Cypher sends
  // instants as epoch milliseconds, and the API answers the instant as written.
  assertedAt: asserted[type],
  retracted: null,
});
const sectorHops = (s: State) => {
  const [dependsOn, inputTo, memberOf] = s === 0 ? [0.5, 0.8, 1] : [0.9, 0.6, 0.5];
  return [
    hop('DEPENDS_ON', QUOTES.dependsOn[s], dependsOn, dependsOn),
    hop('INPUT_TO', QUOTES.inputTo[s], inputTo, inputTo),
    hop('MEMBER_OF', QUOTES.memberOf[s], memberOf),
    hop('COVERS', QUOTES.covers[s]),
    hop('TARGETS', QUOTES.targets[s]),
  ];
};
const firmHops = (s: State) => [
  hop('IN_SECTOR', QUOTES.inSector[s], 0.8),
  ...sectorHops(s),
  hop('BASED_IN', 'based in Kreland'),
];
const firmPath = (s: State) => ({
  score: expect.closeTo(SCORES.firm[s], 12),
  path: {
    supplyShare: SCORES.share[s],
    measure: { description: DESCRIPTIONS[s] },
    hops: firmHops(s),
  },
});

const exposedFirms = async (k: string | null) =>
  (
    await read(
      `query($m: ID!, $asOf: Date, $k: DateTime) { exposedFirms(measure: $m, asOf: $asOf, knownAt: $k, first: 10) {
        edges { node { score
          path { supplyShare measure { description } ${HOP} } } } } }`,
      { m: globalId('Measure', IDS.measure), asOf: AS_OF, k },
    )
  ).exposedFirms.edges.map((e: Json) => e.node);
const exposure = async (k: string | null) =>
  (
    await read(
      `query($f: ID!, $asOf: Date, $k: DateTime) { exposure(firm: $f, asOf: $asOf, knownAt: $k) {
        measures { score
          path { supplyShare measure { description } ${HOP} } } } }`,
      { f: globalId('Company', IDS.firm), asOf: AS_OF, k },
    )
  ).exposure.measures;
const sectorExposure = async (k: string | null) =>
  (
    await read(
      `query($t: ID!, $asOf: Date, $k: DateTime) { sectorExposure(target: $t, asOf: $asOf, knownAt: $k) {
        sectors { score sector { id } path { supplyShare ${HOP} } } } }`,
      { t: globalId('Country', IDS.target), asOf: AS_OF, k },
    )
  ).sectorExposure.sectors;
const curbedGoods = async (k: string | null) =>
  (
    await read(
      `query($t: ID!, $asOf: Date, $k: DateTime) { curbedGoods(target: $t, asOf: $asOf, knownAt: $k) {
        goods { good { id } measures { description } } } }`,
      { t: globalId('Country', IDS.target), asOf: AS_OF, k },
    )
  ).curbedGoods.goods;

/** Every exposure answer shows `state` when read as known at `k`. */
async function expectState(k: string | null, s: State) {
  expect(await exposedFirms(k)).toEqual([firmPath(s)]);
  expect(await exposure(k)).toEqual([firmPath(s)]);
  expect(await sectorExposure(k)).toEqual([
    {
      score: expect.closeTo(SCORES.sector[s], 12),
      sector: { id: IDS.sector },
      path: { supplyShare: SCORES.share[s], hops: sectorHops(s) },
    },
  ]);
  expect(await curbedGoods(k)).toEqual([
    { good: { id: IDS.covered }, measures: [{ description: DESCRIPTIONS[s] }] },
  ]);
}

describe('exposure reads relationships and supply shares as known at knownAt', () => {
  it('as known before the restatements: the old criticality, share, quotes and scores', async () => {
    await expectState(instants.original, 0);
  });

  it('as known after them, and now: the restated ones', async () => {
    await expectState(instants.restated, 1);
    await expectState(null, 1);
  });

  it('a dependency retracted afterwards still answers as it was known then, not retracted', async () => {
    const { data, error, errors } = await mutate('retract', {
      id: ['ID!', DEPENDS_ON],
      reason: ['String!', 'Retracted by a test.'],
    });
    expect(error ?? errors).toBeUndefined();
    await expectState(instants.original, 0);
    await expectState(instants.restated, 1);
    // From the retraction on, nothing depends on the magnets; the curb itself still stands.
    expect(await exposedFirms(data.at)).toEqual([]);
    expect(await exposure(null)).toEqual([]);
    expect(await sectorExposure(null)).toEqual([]);
  });
});
