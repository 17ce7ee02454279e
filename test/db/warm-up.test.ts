/**
 * After an outage a server runs its recent read shapes again before /ready says 200 (warm-up.ts):
 * on real Neo4j, the shapes are seen running, /ready says `warming` meanwhile, and the log says so.
 */
import { describe, expect, it } from 'vitest';
import { RecentReads } from '../../src/db/warm-up.ts';
import { createApp } from '../../src/yoga.ts';
import { testDatabase } from '../helpers/database.ts';

const lines: string[] = [];
const db = testDatabase({ failFast: true, onWarmedUp: (line) => lines.push(line) });
/** Slow enough (a few seconds) to be caught running; a read, so running it again changes nothing. */
const SLOW = 'UNWIND range(1, $n) AS x WITH x WHERE x % 7 = 0 RETURN count(x) AS warmUpProbe';

describe('recent read shapes', () => {
  it('keeps the 32 latest-used texts, most recent first, with their last parameters', () => {
    const recent = new RecentReads();
    for (let i = 0; i < 40; i++) recent.record(`RETURN ${i}`, { i });
    recent.record('RETURN 10', { i: 'again' }); // used again: back to the front
    const list = recent.list();
    expect(list).toHaveLength(32);
    expect(list[0]).toEqual({ text: 'RETURN 10', params: { i: 'again' } });
    expect(list.map((shape) => shape.text)).not.toContain('RETURN 7'); // the oldest went
    expect(list.at(-1)?.text).toBe('RETURN 8');
  });

  it('records a serving database’s reads, not its writes, nor a tool’s', async () => {
    const tool = testDatabase();
    await tool.runText('RETURN 1 AS toolRead');
    expect(tool.recentReads.list()).toEqual([]);
    await db.runText('RETURN $x AS served', { x: 1 });
    // A call in WRITE mode: the mode decides, not the text (a statement that changed the graph
    // would be refused here, as this file runs in the read-only project).
    await db.runText('MATCH (n:WarmUpNothing) RETURN n', {}, 'WRITE');
    expect(db.recentReads.list().map((shape) => shape.text)).toEqual(['RETURN $x AS served']);
  });
});

describe('warm-up after an outage', () => {
  it('does not begin after a short outage: a pause or a late health check leaves Neo4j warm', () => {
    db.availability.markUnavailable(new Error('a test outage'));
    db.availability.markAvailable(); // back at once
    expect(db.warmUp.progress).toBeNull();
  });

  it('runs the recent shapes on Neo4j while /ready says 503 warming, then 200', async () => {
    await db.runText(SLOW, { n: 5_000_000 });
    const app = createApp({ db });
    void db.warmUp.start(); // as when Neo4j answers again after 5 s or more down
    expect(db.warmUp.progress).toEqual({ done: 0, total: 2 });

    const ready = await app.fetch('http://localhost/ready');
    expect(ready.status).toBe(503);
    expect(ready.headers.get('retry-after')).toBe('1');
    expect(await ready.json()).toMatchObject({
      status: 'warming',
      reason: expect.stringMatching(/^Neo4j is back: running the 2 recent read shapes again/),
    });
    await db.warmUp.start(); // joins the one running
    expect(db.warmUp.progress).toBeNull();
    expect(lines).toEqual([
      expect.stringMatching(/^Warmed up 2 recent read shapes in \d+\.\d s\.$/),
    ]);
    expect((await app.fetch('http://localhost/ready')).status).toBe(200);
  });

  it('turns a timeout begun while Neo4j is cold into DATABASE_UNAVAILABLE, not "ask for less"', async () => {
    // In a WRITE session, so it is not kept as a recent read shape for the warm-up to run again.
    // Neo4j notices a timeout when its monitor next looks (every 2 s by default): with 30 million
    // rows the statement once finished first on a busy machine. 300 million would take half a
    // minute, so only the timeout ends it.
    const tooSlow = () => db.runText(SLOW, { n: 300_000_000 }, 'WRITE', { timeout: 50 });
    await expect(tooSlow()).rejects.toMatchObject({ extensions: { code: 'QUERY_TIMEOUT' } });
    void db.warmUp.start();
    expect(db.warmUp.progress).not.toBeNull();
    await expect(tooSlow()).rejects.toMatchObject({
      extensions: { code: 'DATABASE_UNAVAILABLE', http: { status: 503 } },
    });
    await db.warmUp.start();
  });

  it('is seen running on Neo4j, with the parameters the shape last ran with (slow only with them)', async () => {
    // Long enough (a few seconds) that a poll slowed by a loaded machine still sees it run: with
    // 5 million the warm-up finished before the first SHOW TRANSACTIONS answered in one run.
    await db.runText(SLOW, { n: 20_000_000 });
    void db.warmUp.start();
    const running = async () => {
      const rows = await db.runText<{ query: string }>(
        `SHOW TRANSACTIONS YIELD currentQuery AS query
         WHERE query CONTAINS 'warmUpProbe' AND NOT query STARTS WITH 'SHOW' RETURN query`,
      );
      return rows.length;
    };
    let seen = 0;
    while (db.warmUp.progress && seen === 0) seen = await running();
    await db.warmUp.start();
    expect(seen).toBe(1);
  });
});
