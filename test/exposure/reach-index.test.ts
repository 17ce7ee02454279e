/**
 * The reach index (src/exposure/reach-index.ts, docs/exposure.md "The reach index"): answers
 * only while fresh, goes stale with every write that can change a path (through the write path
 * or a retraction) and not with others, a build that a write overtook does not call itself
 * fresh, only one build runs at a time, the refresher builds after a write, a build after a
 * write rebuilds only the goods it may have changed and leaves what a full build leaves, a failed
 * build gives its work back, and the export leaves the index out. That its rankings equal the walk's and the reference scorer's is
 * rank-property.test.ts.
 */
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { measureScope } from '../../src/exposure/exposure.ts';
import { type RankVia, rankExposedFirms } from '../../src/exposure/rank.ts';
import {
  abortBuild,
  beginBuild,
  buildReachIndex,
  finishBuild,
  reachIndexFresh,
  refreshReachIndex,
} from '../../src/exposure/reach-index.ts';
import { findGraphNodes } from '../../src/load/queries.ts';
import { writeFiles } from '../../src/load/write.ts';
import type { NormalizedSeedFile } from '../../src/model/format.ts';
import { testDatabase } from '../helpers/database.ts';
import { graphChecksum } from '../helpers/graph-checksum.ts';
import { client, removeMutationData } from '../mutations/client.ts';
import { dropReachIndex, reachEntries } from './reach-fixtures.ts';
import {
  COUNTRIES,
  country,
  firm,
  GOOD,
  MEASURES,
  OTHER_GOOD,
  PREFIX,
  rel,
  SECTOR,
  scopeGraph,
} from './scope-graph.ts';

const db = testDatabase();
const { mutate } = client(db);
const AS_OF = '2030-06-01';

/** One more fact, through the one write path. */
const write = (file: Partial<NormalizedSeedFile>) =>
  writeFiles(db, [{ file: 'reach', nodes: [], relationships: [], ...file } as NormalizedSeedFile]);

const ranked = async (measureId: string, via: RankVia) => {
  const scope = await measureScope(db, measureId, AS_OF);
  if (!scope) throw new Error(`no scope for ${measureId}`);
  const options = { maxHops: 4, knownAt: null, minScore: 0, offset: 0, limit: 51 };
  const { total, firms } = await rankExposedFirms(db, scope, options, via);
  return { total, firms: firms.map((f) => [f.id, f.score]) };
};

let before: Awaited<ReturnType<typeof graphChecksum>>;

beforeAll(async () => {
  await dropReachIndex(db);
  before = await graphChecksum(db);
  await writeFiles(db, [scopeGraph()]);
});
afterAll(async () => {
  await removeMutationData(db);
  // The measure, firm and country restated below left Versions of themselves, and the retraction may have.
  await db.runText(
    `MATCH (n) WHERE (n:Entity AND (n.id CONTAINS $prefix OR n.id IN $countries))
       OR (n:Version AND (n.versionOf CONTAINS $prefix OR n.versionOf IN $countries))
     DETACH DELETE n`,
    { prefix: PREFIX, countries: COUNTRIES.map(country) },
    'WRITE',
  );
  await dropReachIndex(db);
  // Nothing of this file is left behind (a Version left dangling breaks the export).
  expect(await graphChecksum(db)).toEqual(before);
});

describe('the reach index', () => {
  it('answers once built, as the walk does, and not before', async () => {
    expect(await reachIndexFresh(db)).toBe(false);
    await expect(ranked(MEASURES.named, 'reach')).rejects.toThrow(/not fresh/);
    const build = await buildReachIndex(db);
    expect(build.fresh).toBe(true);
    expect(build.goods).toBeGreaterThan(0);
    expect(await reachIndexFresh(db)).toBe(true);
    for (const measure of [MEASURES.named, MEASURES.all, MEASURES.allExcept]) {
      const walked = await ranked(measure, 'walk');
      expect(walked.total, measure).toBeGreaterThan(0);
      expect(await ranked(measure, 'reach'), measure).toEqual(walked);
    }
    // The entries of the scope graph: each firm reaches the good through its sector, in its country.
    const [entries] = await db.runText<{ n: number; countries: string[] }>(
      'MATCH (e:ExposureReach {good: $good}) RETURN count(e) AS n, collect(e.country) AS countries',
      { good: GOOD },
    );
    expect(entries?.n).toBe(COUNTRIES.length);
    expect(new Set(entries?.countries)).toEqual(new Set(COUNTRIES.map(country)));
  });

  it('goes stale with a write that changes a path, not with one that cannot or changes nothing', async () => {
    await buildReachIndex(db);
    // A measure's description is on no path.
    const measure = scopeGraph().nodes.find((n) => n.id === MEASURES.named);
    await write({
      nodes: [{ ...measure, props: { ...measure?.props, description: 'restated' } }] as never,
    });
    expect(await reachIndexFresh(db)).toBe(true);
    // A firm's new dependency is.
    await write({
      relationships: [rel('DEPENDS_ON', firm('XS'), GOOD, { criticality: 0.9 })] as never,
    });
    expect(await reachIndexFresh(db)).toBe(false);
    // Stale: the index refuses, and the ranking walks (the new dependency counts).
    await expect(ranked(MEASURES.named, 'reach')).rejects.toThrow(/not fresh/);
    const walked = await ranked(MEASURES.named, 'walk');
    expect(await ranked(MEASURES.named, 'best')).toEqual(walked);
    expect(walked.firms[0]).toEqual([firm('XS'), 0.9]);
    await buildReachIndex(db);
    expect(await ranked(MEASURES.named, 'reach')).toEqual(walked);
    // The same dependency written again changes nothing: the index stays fresh.
    await write({
      relationships: [rel('DEPENDS_ON', firm('XS'), GOOD, { criticality: 0.9 })] as never,
    });
    expect(await reachIndexFresh(db)).toBe(true);
  });

  it('goes stale with a retraction of a fact on a path', async () => {
    await buildReachIndex(db);
    const id = `${firm('XS')}-[IN_SECTOR]->${SECTOR}`;
    const { error } = await mutate('retract', { id: ['ID!', id], reason: ['String!', 'A test.'] });
    expect(error).toBeUndefined();
    expect(await reachIndexFresh(db)).toBe(false);
    await buildReachIndex(db);
    expect(await ranked(MEASURES.all, 'reach')).toEqual(await ranked(MEASURES.all, 'walk'));
  });

  it('is not fresh after a build that a write overtook', async () => {
    const [begun] = await db.run(beginBuild, { leaseMinutes: 30 }, 'WRITE');
    expect(begun).toBeDefined();
    await write({
      relationships: [rel('DEPENDS_ON', firm('XU'), GOOD)] as never,
    });
    const [finished] = await db.run(finishBuild, { generation: begun?.generation ?? -1 }, 'WRITE');
    expect(finished?.fresh).toBe(false);
    expect(await reachIndexFresh(db)).toBe(false);
  });

  it('runs one build at a time; a stopped one lets the next begin at once', async () => {
    const [begun] = await db.run(beginBuild, { leaseMinutes: 30 }, 'WRITE');
    expect(begun).toBeDefined();
    // Another build while that one is under way does not begin.
    expect(await buildReachIndex(db)).toMatchObject({ fresh: false, goods: 0 });
    await db.run(abortBuild, { since: begun?.since ?? '' }, 'WRITE');
    expect((await buildReachIndex(db)).fresh).toBe(true);
  });

  it('is built again by the refresher after a write', async () => {
    await write({
      relationships: [rel('DEPENDS_ON', firm('XV'), GOOD)] as never,
    });
    expect(await reachIndexFresh(db)).toBe(false);
    const stop = refreshReachIndex(db, pino({ level: 'silent' }), 50);
    try {
      const deadline = Date.now() + 60_000;
      while (!(await reachIndexFresh(db)) && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      expect(await reachIndexFresh(db)).toBe(true);
    } finally {
      await stop(1000);
    }
    expect(await ranked(MEASURES.all, 'reach')).toEqual(await ranked(MEASURES.all, 'walk'));
  });

  it('after a write rebuilds only the goods its paths can end at, leaving what a full build does', async () => {
    const full = await buildReachIndex(db, { full: true });
    expect(full).toMatchObject({ fresh: true, partial: false });
    expect(await reachEntries(db, firm(''))).not.toContainEqual(
      expect.objectContaining({ good: OTHER_GOOD }),
    );
    // The other covered good becomes an input of the good the sector depends on: every firm of
    // the sector now reaches it, one step further.
    const input = rel('INPUT_TO', OTHER_GOOD, GOOD, { criticality: 0.5 });
    await write({ relationships: [input] as never });
    const partial = await buildReachIndex(db);
    expect(partial).toMatchObject({ fresh: true, partial: true, goods: 2, firms: 0 });
    expect(partial.goods).toBeLessThan(full.goods);
    const added = await reachEntries(db);
    expect(added.filter((e) => e.good === OTHER_GOOD && e.firm.startsWith(firm('')))).toHaveLength(
      COUNTRIES.length,
    );
    await buildReachIndex(db, { full: true });
    expect(added).toEqual(await reachEntries(db));
    // Taken back: the retracted step is walked to find the goods, and its entries go.
    const { error } = await mutate('retract', {
      id: ['ID!', input.id],
      reason: ['String!', 'A test.'],
    });
    expect(error).toBeUndefined();
    expect(await buildReachIndex(db)).toMatchObject({ fresh: true, partial: true, goods: 2 });
    const retracted = await reachEntries(db);
    expect(retracted.filter((e) => e.good === OTHER_GOOD && e.firm.startsWith(firm('')))).toEqual(
      [],
    );
    await buildReachIndex(db, { full: true });
    expect(retracted).toEqual(await reachEntries(db));
  });

  it('stays fresh when a firm or a country is restated, and rebuilds everything when a country is retracted', async () => {
    await buildReachIndex(db, { full: true });
    const restate = (id: string) => {
      const [node] = scopeGraph().nodes.filter((n) => n.id === id);
      return { ...node, props: { ...node?.props, name: 'Restated' } };
    };
    await write({ nodes: [restate(country('XU')), restate(firm('XU'))] as never });
    expect(await reachIndexFresh(db)).toBe(true);
    const { error } = await mutate('retract', {
      id: ['ID!', country('XU')],
      reason: ['String!', 'A test.'],
    });
    expect(error).toBeUndefined();
    expect(await reachIndexFresh(db)).toBe(false);
    expect(await buildReachIndex(db)).toMatchObject({ fresh: true, partial: false });
    expect(await ranked(MEASURES.all, 'reach')).toEqual(await ranked(MEASURES.all, 'walk'));
  });

  it('gives back what a failed build was to rebuild', async () => {
    await buildReachIndex(db, { full: true });
    await write({
      relationships: [rel('DEPENDS_ON', firm('XT'), GOOD, { criticality: 0.4 })] as never,
    });
    const [begun] = await db.run(beginBuild, { leaseMinutes: 30 }, 'WRITE');
    // A firm's own dependency: only that firm's entries change.
    expect(begun).toMatchObject({ all: false, firms: [firm('XT')], starts: [] });
    await db.run(abortBuild, { since: begun?.since ?? '' }, 'WRITE');
    const next = await buildReachIndex(db);
    expect(next).toMatchObject({ fresh: true, partial: true, goods: 0, firms: 1 });
    expect(await ranked(MEASURES.named, 'reach')).toEqual(await ranked(MEASURES.named, 'walk'));
  });

  it('is left out of the export', async () => {
    const nodes = await db.runText<{ labels: string[] }>(findGraphNodes.text);
    expect(await db.runText('MATCH (e:ExposureReach) RETURN e LIMIT 1')).toHaveLength(1);
    expect(nodes.some((n) => n.labels.some((l) => l.startsWith('Exposure')))).toBe(false);
  });
});
