// `knownAt` reads the graph as it was known at an instant: a fact counts from its assertedAt on
// (docs/history.md). One copy of the path graph per kind of fact, firm side included: the whole
// copy is asserted at T1 and that one fact only at T2. Before T2 the copy must answer as if the
// fact were not there; from T2 exactly, as a whole path. Before T1 nothing is known at all.
import { afterAll, beforeAll, describe, it } from 'vitest';
import { writeFiles } from '../../src/load/write.ts';
import { testDatabase } from '../helpers/database.ts';
import { CASES, expectExposure, GONE, NOTHING_GONE } from './path-cases.ts';
import { pathGraph, pathIds, removeFacts } from './path-graph.ts';

const PREFIX = 'xknown';
const T1 = '2024-01-01T00:00:00.000Z';
const T2 = '2024-06-01T00:00:00.000Z';
const db = testDatabase();

const copy = (index: number) => pathIds(`${PREFIX}${index}`);
const justBefore = (instant: string) => new Date(Date.parse(instant) - 1).toISOString();

beforeAll(async () => {
  await removeFacts(db, PREFIX);
  const copies = [...CASES.keys(), CASES.length].map((i) => pathGraph(`${PREFIX}${i}`));
  await writeFiles(db, copies, { now: T1, by: 'test' });
  // Learned later: as if a second write had brought it (a node's relationships stay at T1, a
  // node's absence is what hides them).
  const late = CASES.map(([, id], index) => id(copy(index)));
  await db.runText(
    `UNWIND $late AS id
     CALL (id) {
       MATCH (n:Entity {id: id}) SET n.assertedAt = datetime($t2)
       UNION
       MATCH ()-[r]->() WHERE r.id = id SET r.assertedAt = datetime($t2)
     }`,
    { late, t2: T2 },
    'WRITE',
  );
});
afterAll(() => removeFacts(db, PREFIX));

// The cases only read what beforeAll wrote: they run side by side (Neo4j answers on both cores).
describe.concurrent('knownAt: each fact of a path counts from the instant it was asserted', () => {
  it('nothing is known before T1; the untouched copy from T1 exactly', async () => {
    await expectExposure(db, copy(CASES.length), GONE, { knownAt: justBefore(T1) });
    await expectExposure(db, copy(CASES.length), NOTHING_GONE, { knownAt: T1 });
  });

  it.each(CASES.map(([fact, , left], index) => [fact, index, left] as const))(
    '%s asserted at T2',
    async (_fact, index, left) => {
      await expectExposure(db, copy(index), left, { knownAt: T1 });
      await expectExposure(db, copy(index), left, { knownAt: justBefore(T2) });
      await expectExposure(db, copy(index), NOTHING_GONE, { knownAt: T2 });
      await expectExposure(db, copy(index), NOTHING_GONE, {});
    },
  );
});
