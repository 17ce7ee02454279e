import { describe, expect, it } from 'vitest';
import { registeredQueries } from '../../src/db/cypher.ts';
import { EXPOSURE_WEIGHTS } from '../../src/exposure/weights.ts';
import '../../src/exposure/exposure.ts';
import '../../src/exposure/queries.ts';
import '../../src/exposure/rank.ts';
import '../../src/db/batch.ts';
import { testDatabase } from '../helpers/database.ts';
import { planOperators } from '../helpers/plan-operators.ts';

const db = testDatabase();
// Every exposure statement, the ranking included (imported above: the registry holds only what
// some module has loaded, and with --no-isolate also what earlier test files loaded).
const exposureQueries = registeredQueries().filter((q) => q.name.startsWith('exposure/'));

/** Parameters whose type the statement's plan depends on; the rest are ids (strings) or lists. */
const SAMPLES: Record<string, unknown> = {
  maxHops: 4,
  asOf: '2026-01-01',
  knownAt: null,
  weights: EXPOSURE_WEIGHTS,
  allDestinations: false,
  likelihood: 1,
  minScore: 0,
  offset: 0,
  limit: 10,
};

describe('the exposure queries’ plans', () => {
  it.each(exposureQueries.map((q) => [q.name, q] as const))(
    '%s starts from index seeks, never a scan of all nodes',
    async (_name, query) => {
      const params = Object.fromEntries(
        query.params.map((p) => [
          p,
          p in SAMPLES ? SAMPLES[p] : p.endsWith('Ids') || p === 'statuses' ? [] : 'x',
        ]),
      );
      const result = await db.driver.executeQuery(`EXPLAIN ${query.text}`, params, {
        database: db.name,
      });
      const ops = planOperators(result.summary.plan);
      expect(ops.some((op) => op.startsWith('AllNodesScan'))).toBe(false);
    },
  );
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
