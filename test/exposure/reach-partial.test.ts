/**
 * A build of the reach index after a write rebuilds only what the write may have changed
 * (src/exposure/reach-index.ts, ReachTouches): the entries of the firms whose own paths changed,
 * firm by firm (build-reach-firms.cypher), and the covered goods a path through a node further
 * along can end at, whole (find-reach-goods.cypher, build-reach.cypher).
 * On random graphs, after a random change to a path (a link retracted or restored, a firm, good
 * or sector retracted, a new link of any kind a path is made of), that build must leave exactly
 * the entries a full build leaves: a missed good would keep a stale entry and rank wrongly.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildReachIndex } from '../../src/exposure/reach-index.ts';
import { markReachWritten, reachTouches } from '../../src/exposure/reach-touches.ts';
import { testDatabase } from '../helpers/database.ts';
import { build, deleteGraph, graphShape, writeGraph } from './random-graph.ts';
import { dropReachIndex, reachEntries } from './reach-fixtures.ts';
import type { RefGraph } from './reference-scorer.ts';

const db = testDatabase();
const RUNS = Number(process.env.REACH_PARTIAL_RUNS ?? 30);
const GRAPHS = 'reachpart';
let run = 0;

beforeAll(() => deleteGraph(db, GRAPHS, true));
afterAll(async () => {
  await deleteGraph(db, GRAPHS, true);
  await dropReachIndex(db);
});

/** The links a path is made of, each with the labels of its ends. */
const LINKS = [
  { type: 'DEPENDS_ON', from: ['Company', 'Sector'], to: ['Commodity'] },
  { type: 'PRODUCES', from: ['Company'], to: ['Commodity'] },
  { type: 'INPUT_TO', from: ['Commodity'], to: ['Commodity'] },
  { type: 'MEMBER_OF', from: ['Commodity'], to: ['Commodity'] },
  { type: 'IN_SECTOR', from: ['Company'], to: ['Sector'] },
  { type: 'BASED_IN', from: ['Company'], to: ['Country'] },
  { type: 'COVERS', from: ['Measure'], to: ['Commodity'] },
] as const;
const PATH_NODES = ['Company', 'Commodity', 'Sector'];

const change = fc.record({
  kind: fc.constantFrom('toggle-link', 'retract-node', 'add-link'),
  link: fc.nat(),
  from: fc.nat(),
  to: fc.nat(),
  criticality: fc.constantFrom(null, 0.3, 1),
});
type Change = typeof change extends fc.Arbitrary<infer C> ? C : never;

const at = <T>(list: readonly T[], i: number): T | undefined => list[i % Math.max(list.length, 1)];

/** The change as a statement and its parameters, and what the write path would say it touched. */
function statementOf(graph: RefGraph, c: Change, id: string) {
  const linkTypes = new Set<string>(LINKS.map((l) => l.type));
  const links = graph.rels.filter((r) => linkTypes.has(r.type));
  const existing = at(links, c.link);
  if (c.kind === 'toggle-link' && existing) {
    return {
      text: `MATCH ()-[r {id: $id}]->() SET r.retractedAt = CASE WHEN r.retractedAt IS NULL THEN datetime() END`,
      params: { id: existing.id },
      touched: { retracted: [], relationships: [existing] },
    };
  }
  const nodes = graph.nodes.filter((n) => n.labels.some((l) => PATH_NODES.includes(l)));
  const node = at(nodes, c.from);
  if (c.kind === 'retract-node' && node) {
    return {
      text: 'MATCH (n:Entity {id: $id}) SET n.retractedAt = datetime()',
      params: { id: node.id },
      touched: { retracted: [node], relationships: [] },
    };
  }
  const link = at(LINKS, c.link) ?? LINKS[0];
  const ofLabels = (labels: readonly string[]) =>
    graph.nodes.filter((n) => n.labels.some((l) => labels.includes(l)));
  const from = at(ofLabels(link.from), c.from);
  const to = at(ofLabels(link.to), c.to);
  if (!from || !to) return null;
  const relationship = { type: link.type, from: from.id, to: to.id };
  return {
    text: `MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
      CREATE (a)-[r:$($type)]->(b) SET r.id = $id, r.criticality = $criticality`,
    params: { ...relationship, id, criticality: c.criticality },
    touched: { retracted: [], relationships: [relationship] },
  };
}

describe('a build of the reach index after a write', () => {
  it(`leaves what a full build leaves, on ${RUNS} random graphs and changes`, async () => {
    let partialRuns = 0;
    let firmRuns = 0;
    await fc.assert(
      fc.asyncProperty(graphShape, change, async (shape, c) => {
        const prefix = `${GRAPHS}${process.pid}r${run++}`;
        const { graph } = build(shape, prefix);
        await writeGraph(db, graph);
        try {
          // Written with plain Cypher: the index is built from scratch for this graph first.
          expect((await buildReachIndex(db, { full: true })).fresh).toBe(true);
          const statement = statementOf(graph, c, `${prefix}-changed`);
          if (!statement) return;
          const touches = reachTouches(statement.touched);
          // A link that is on no path (a relationship type reachTouches leaves out) cannot be drawn.
          if (!touches) throw new Error(`nothing touched: ${JSON.stringify(statement.touched)}`);
          await db.transaction('WRITE', async (write) => {
            await write(
              { name: 'test/reach-change', text: statement.text, params: [] },
              statement.params,
            );
            await markReachWritten(write, touches);
          });
          const partial = await buildReachIndex(db);
          expect(partial.fresh).toBe(true);
          expect(partial.partial).toBe(!touches.all);
          if (partial.partial) partialRuns += 1;
          if (partial.firms > 0) firmRuns += 1;
          const firms = `company:${prefix}-`;
          const after = await reachEntries(db, firms);
          await buildReachIndex(db, { full: true });
          expect(after, JSON.stringify({ c, touches })).toEqual(await reachEntries(db, firms));
        } finally {
          await deleteGraph(db, prefix);
        }
      }),
      {
        numRuns: RUNS,
        endOnFailure: true,
        ...(process.env.REACH_PARTIAL_SEED ? { seed: Number(process.env.REACH_PARTIAL_SEED) } : {}),
      },
    );
    expect(partialRuns).toBeGreaterThan(RUNS / 2);
    // Both kinds of partial build ran: goods whole, and firms one by one.
    expect(firmRuns).toBeGreaterThan(0);
    expect(firmRuns).toBeLessThan(partialRuns);
  }, 300_000);
});
