import { describe, expect, it } from 'vitest';
import { registeredQueries } from '../../src/db/cypher.ts';
import { EXPOSURE_WEIGHTS } from '../../src/exposure/weights.ts';
import '../../src/exposure/exposure.ts';
import '../../src/exposure/queries.ts';
import '../../src/exposure/rank.ts';
import '../../src/exposure/reach-index.ts';
import '../../src/exposure/reach-touches.ts';
import '../../src/db/batch.ts';
import { testDatabase } from '../helpers/database.ts';
import { planOperators, planSteps } from '../helpers/plan-operators.ts';

const db = testDatabase();
// Every exposure statement, the ranking included (imported above: the registry holds only what
// some module has loaded, and with --no-isolate also what earlier test files loaded).
const exposureQueries = registeredQueries().filter((q) => q.name.startsWith('exposure/'));

/** Parameters whose type the statement's plan depends on; the rest are ids (strings) or lists. */
const SAMPLES: Record<string, unknown> = {
  maxHops: 4,
  firms: [],
  starts: [],
  dependencies: [],
  all: false,
  maxIds: 500,
  asOf: '2026-01-01',
  knownAt: null,
  weights: EXPOSURE_WEIGHTS,
  allDestinations: false,
  likelihood: 1,
  minScore: 0,
  offset: 0,
  limit: 10,
};

/** Samples for a statement's parameters, as the plan needs them. */
const paramsOf = (query: { params: readonly string[] }) =>
  Object.fromEntries(
    query.params.map((p) => [
      p,
      p in SAMPLES ? SAMPLES[p] : p.endsWith('Ids') || p === 'statuses' ? [] : 'x',
    ]),
  );

const explain = async (query: { text: string; params: readonly string[] }) =>
  (await db.driver.executeQuery(`EXPLAIN ${query.text}`, paramsOf(query), { database: db.name }))
    .summary.plan;

describe('the exposure queries’ plans', () => {
  it.each(exposureQueries.map((q) => [q.name, q] as const))(
    '%s starts from index seeks, never a scan of all nodes',
    async (_name, query) => {
      const ops = planOperators(await explain(query));
      expect(ops.some((op) => op.startsWith('AllNodesScan'))).toBe(false);
    },
  );
});

describe('the ranking’s groupings', () => {
  // A value carried through an aggregation is part of its grouping key: hashed, held and counted
  // per group. The imposers' supply shares (thousands for a large supplier) grouped per dependent
  // (thousands) went past Neo4j's memory limit for a transaction on the large benchmark graph.
  it('never group by the shares or the dependencies, lists that grow with the graph', async () => {
    const query = exposureQueries.find((q) => q.name === 'exposure/rank-exposed-firms');
    if (!query) throw new Error('exposure/rank-exposed-firms is not registered');
    const groupings = planSteps(await explain(query))
      .filter((step) => /^\w*Aggregation /.test(step))
      .map((step) => step.slice(0, step.search(/\b(collect|count|sum|min|max|avg)\(/)));
    expect(groupings.length).toBeGreaterThan(3);
    for (const keys of groupings) expect(keys).not.toMatch(/\b(shares|dependencies)\b/);
  });
});

describe('the read path’s plan', () => {
  it('read/find-nodes-whole seeks every node by id in the unique index', async () => {
    const query = registeredQueries().find((q) => q.name === 'read/find-nodes-whole');
    const result = await db.driver.executeQuery(
      `EXPLAIN ${query?.text}`,
      { ids: [] },
      { database: db.name },
    );
    const ops = planOperators(result.summary.plan);
    expect(ops.filter((op) => op.startsWith('NodeUniqueIndexSeek'))).toHaveLength(1);
    expect(ops.some((op) => op.includes('Scan'))).toBe(false);
  });
});

describe('the reach index’s plans (docs/exposure.md, "The reach index")', () => {
  const stepsOf = async (name: string) => {
    const query = exposureQueries.find((q) => q.name === name);
    if (!query) throw new Error(`${name} is not registered`);
    return planSteps(await explain(query));
  };

  it('choose-firms-by-reach seeks its entries by (good, country) and by firm, never scans them', async () => {
    const steps = await stepsOf('exposure/choose-firms-by-reach');
    expect(steps.some((s) => /IndexSeek .*ExposureReach\(good, country\)/.test(s))).toBe(true);
    expect(steps.some((s) => /IndexSeek .*ExposureReach\(firm\)/.test(s))).toBe(true);
    expect(steps.some((s) => /Scan .*ExposureReach/.test(s))).toBe(false);
  });

  it('a partial build seeks the touched nodes and firms by id, and deletes entries by good or firm', async () => {
    const find = await stepsOf('exposure/find-reach-goods');
    expect(find.some((s) => /^NodeUniqueIndexSeek .*touched:Entity\(id\)/.test(s))).toBe(true);
    expect(find.some((s) => /^NodeByLabelScan/.test(s))).toBe(false);
    const clear = await stepsOf('exposure/clear-reach-goods');
    expect(clear.some((s) => /IndexSeek .*ExposureReach\(good\)/.test(s))).toBe(true);
    expect(clear.some((s) => /Scan .*ExposureReach/.test(s))).toBe(false);
    const firms = await stepsOf('exposure/build-reach-firms');
    expect(firms.some((s) => /^NodeUniqueIndexSeek\S* .*firm:(Entity|Company)\(id\)/.test(s))).toBe(
      true,
    );
    const clearFirms = await stepsOf('exposure/clear-reach-firms');
    expect(clearFirms.some((s) => /IndexSeek .*ExposureReach\(firm\)/.test(s))).toBe(true);
    expect(clearFirms.some((s) => /Scan .*ExposureReach/.test(s))).toBe(false);
  });

  it('score-chosen-firms joins the firms’ first hops with one walk from the goods', async () => {
    const steps = await stepsOf('exposure/score-chosen-firms');
    expect(steps.some((s) => /^NodeHashJoin start$/.test(s))).toBe(true);
    expect(steps.some((s) => /^NodeByLabelScan/.test(s))).toBe(false);
  });
});
