import { describe, expect, it } from 'vitest';
import { registeredQueries } from '../../src/db/cypher.ts';
import '../../src/load/write.ts';
import '../../src/schema/index.ts';
import { testDatabase } from '../helpers/database.ts';
import { planOperators } from '../helpers/plan-operators.ts';

const db = testDatabase();

// The export reads the whole graph on purpose, and a source's text changing (rare) looks for the
// quotes it breaks over every fact; every other write-side query touches a few nodes.
const WHOLE_GRAPH = new Set([
  'load/find-graph-nodes',
  'load/find-graph-relationships',
  'mutations/find-broken-quotes',
]);
const writeQueries = registeredQueries().filter(
  (q) =>
    (q.name.startsWith('load/') || q.name.startsWith('mutations/')) && !WHOLE_GRAPH.has(q.name),
);

const LISTS = new Set(['rows', 'ids', 'locks', 'relationships', 'knowledgeKeys']);

describe('the write path’s plans', () => {
  // merge-relationships once found a stored relationship by reading every relationship in the
  // store, for each row (1,000 relationships/s on medium). That plan came from the statistics of
  // a nearly empty store, which the shared test store is not, so this checks the rule on every
  // query and the load's rate in `npm run bench` checks that case.
  it.each(writeQueries.map((q) => [q.name, q] as const))(
    '%s never scans every node or every relationship',
    async (_name, query) => {
      const params = Object.fromEntries(query.params.map((p) => [p, LISTS.has(p) ? [] : 'x']));
      const result = await db.driver.executeQuery(`EXPLAIN ${query.text}`, params, {
        database: db.name,
      });
      const scans = planOperators(result.summary.plan).filter((op) =>
        /^(AllNodesScan|DirectedAllRelationshipsScan|UndirectedAllRelationshipsScan)/.test(op),
      );
      expect(scans).toEqual([]);
    },
  );
});
