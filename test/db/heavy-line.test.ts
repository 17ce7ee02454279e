/**
 * The line of heavy statements (src/db/heavy-line.ts, HEAVY_QUERY_CONCURRENCY): at most so many
 * run in Neo4j at once, the others wait their turn in order, light statements never wait, and
 * one that waits its whole time limit never runs and answers QUERY_TIMEOUT.
 */
import { describe, expect, it } from 'vitest';
import type { CypherQuery } from '../../src/db/cypher.ts';
import { QueryTimeoutError } from '../../src/db/errors.ts';
import { testDatabase } from '../helpers/database.ts';

// Counting to $n keeps Neo4j busy for a while without touching the graph.
const count: CypherQuery<{ n: number; tag: string }, { c: number; tag: string }> = {
  name: 'test/count',
  text: 'UNWIND range(1, $n) AS x RETURN count(x) AS c, $tag AS tag',
  params: ['n', 'tag'],
  heavy: true,
};
const light = { ...count, heavy: false };

const SLOW = 3_000_000;
const db = testDatabase({ heavyConcurrency: 1 });
const unlined = testDatabase();

/** Resolves once `check` holds (polled), so the test never waits on a guessed delay. */
async function until(check: () => boolean) {
  for (let i = 0; i < 2000 && !check(); i++) await new Promise((r) => setTimeout(r, 2));
  expect(check()).toBe(true);
}

describe('the line of heavy statements', () => {
  it('runs one heavy statement at a time here, the next when the last is done, in order', async () => {
    const line = db.heavyLine;
    if (!line) throw new Error('no line');
    const done: string[] = [];
    const run = (tag: string) =>
      db.run(count, { n: SLOW, tag }).then(([row]) => {
        done.push(row?.tag ?? '?');
        return row;
      });
    const first = run('first');
    const second = run('second');
    const third = run('third');
    await until(() => line.running === 1);
    expect(line.waiting).toBe(2);
    // A light statement passes the line while a heavy one holds it.
    const [quick] = await db.run(light, { n: 10, tag: 'light' });
    expect(quick).toEqual({ c: 10, tag: 'light' });
    expect(done).toEqual([]);
    expect(await Promise.all([first, second, third])).toEqual([
      { c: SLOW, tag: 'first' },
      { c: SLOW, tag: 'second' },
      { c: SLOW, tag: 'third' },
    ]);
    expect(done).toEqual(['first', 'second', 'third']);
    expect([line.running, line.waiting]).toEqual([0, 0]);
  });

  it('answers QUERY_TIMEOUT, without running it, a statement that waited its whole limit', async () => {
    const line = db.heavyLine;
    if (!line) throw new Error('no line');
    const holding = db.run(count, { n: SLOW * 10, tag: 'holding' });
    await until(() => line.running === 1);
    const sent = db.roundTrips;
    const error = await db
      .run(count, { n: 10, tag: 'late' }, 'READ', { timeout: 50 })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(QueryTimeoutError);
    expect((error as QueryTimeoutError).extensions.code).toBe('QUERY_TIMEOUT');
    expect((error as QueryTimeoutError).message).toMatch(/waited .* behind other heavy queries/);
    expect(db.roundTrips).toBe(sent); // it never reached Neo4j
    expect(line.waiting).toBe(0);
    expect(await holding).toEqual([{ c: SLOW * 10, tag: 'holding' }]);
  });

  it('is not there unless asked for: heavy statements then run at once', async () => {
    expect(unlined.heavyLine).toBeNull();
    const rows = await Promise.all([1, 2].map((n) => unlined.run(count, { n, tag: `${n}` })));
    expect(rows).toEqual([[{ c: 1, tag: '1' }], [{ c: 2, tag: '2' }]]);
  });
});
