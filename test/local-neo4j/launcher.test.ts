/**
 * The launcher against a real Neo4j of its own (instance `launcher-test`, ports apart from the
 * shared test server), in the order a user meets it: cold start, reuse, stop and restart under a
 * live API, a killed server, a stranger on the port.
 */
import { rmSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Database } from '../../src/db/database.ts';
import { applySchema } from '../../src/db/schema.ts';
import { LocalNeo4jError } from '../../src/local-neo4j/errors.ts';
import { checkJava } from '../../src/local-neo4j/java.ts';
import { type LocalNeo4j, startLocalNeo4j } from '../../src/local-neo4j/launcher.ts';
import { isAlive } from '../../src/local-neo4j/pidfile.ts';
import { createApp } from '../../src/yoga.ts';
import { testNeo4j } from '../helpers/database.ts';
import { testPort, testScheme } from '../helpers/ports.ts';

const BOLT = testPort(17688);
const STRANGER = testPort(17689);

const { localDir, password } = testNeo4j();
const options = {
  localDir,
  instance: 'launcher-test',
  boltPort: BOLT,
  httpPort: testPort(17475),
  password,
  heap: '512m',
  pageCache: '128m',
  log: () => {},
};
rmSync(path.join(localDir, options.instance), { recursive: true, force: true });

let server: LocalNeo4j | undefined;
const db = new Database({
  uri: `${testScheme()}://127.0.0.1:${BOLT}`,
  user: 'neo4j',
  password,
  database: 'neo4j',
});
afterAll(async () => {
  await db.close();
  await server?.stop();
});

describe('the local Neo4j launcher', () => {
  it('starts a server from a cold, empty folder, with the password set and the Browser served', async () => {
    server = await startLocalNeo4j(options);
    expect(server.reused).toBe(false);
    expect(await db.runText<{ one: number }>('RETURN 1 AS one')).toEqual([{ one: 1 }]);
    const browser = await fetch(server.browserUrl);
    expect(browser.status).toBe(200);
    expect(await browser.text()).toContain('Neo4j Browser');
  }, 180_000); // a cold start takes a minute or more on a busy two-core machine

  it('reuses the server that is already running instead of starting a second one', async () => {
    const again = await startLocalNeo4j(options);
    expect(again.reused).toBe(true);
    expect(again.pid).toBe(server?.pid);
  });

  it('makes /ready say 503 while Neo4j is down and 200 again once it is back, with no restart', async () => {
    await applySchema(db);
    const app = createApp({ db });
    const ready = async () => (await app.fetch('http://localhost/ready')).status;
    expect(await ready()).toBe(200);

    await server?.stop();
    const downAt = Date.now();
    expect(await ready()).toBe(503);
    expect(Date.now() - downAt).toBeLessThan(5000);
    const body = await (await app.fetch('http://localhost/ready')).json();
    expect(body.reason).toMatch(/Neo4j is not answering/);

    server = await startLocalNeo4j(options);
    const upAt = Date.now();
    // Back without a restart of the API is the behaviour; how soon is the machine's. The bound
    // was 10 s; two fresh-clone runs on 2026-12-06 took 10.6 s and more at load averages of 6 to
    // 15 (a just-started JVM answers the schema check slowly), so it is 30 s, and the time is
    // logged to see a trend.
    await until(async () => (await ready()) === 200, 30_000);
    const backMs = Date.now() - upAt;
    console.log(`[launcher] /ready 200 again ${backMs} ms after Neo4j was back`);
    expect(backMs).toBeLessThan(30_000);
  }, 180_000); // a restart of Neo4j takes a minute or more on a busy two-core machine

  it('recovers from a killed server: its stale record and store locks do not block the next start', async () => {
    const killed = server?.pid ?? 0;
    process.kill(killed, 'SIGKILL');
    await until(async () => !isAlive(killed), 10_000);
    server = await startLocalNeo4j(options);
    expect(server.reused).toBe(false);
    expect(server.pid).not.toBe(killed);
    expect(await db.runText<{ one: number }>('RETURN 1 AS one')).toEqual([{ one: 1 }]);
  }, 180_000);

  it('refuses a port held by another program, naming the port and the ways out', async () => {
    const stranger = net.createServer().listen(STRANGER, '127.0.0.1');
    await new Promise((resolve) => stranger.once('listening', resolve));
    try {
      const attempt = startLocalNeo4j({
        ...options,
        instance: 'stranger-test',
        boltPort: STRANGER,
        httpPort: testPort(17476),
      });
      await expect(attempt).rejects.toThrow(LocalNeo4jError);
      await expect(attempt).rejects.toThrow(
        new RegExp(`Port ${STRANGER} \\(Bolt\\) on 127.0.0.1 is held by another program`),
      );
      await expect(attempt).rejects.toThrow(/docker compose up -d neo4j[\s\S]*set NEO4J_URI/);
    } finally {
      stranger.close();
    }
  });

  it('tells another Neo4j on the port apart from a stranger', async () => {
    const attempt = startLocalNeo4j({
      ...options,
      instance: 'stranger-test',
      httpPort: testPort(17476),
    });
    await expect(attempt).rejects.toThrow(
      new RegExp(`Port ${BOLT} \\(Bolt\\) .* held by another Neo4j \\(Bolt\\)`),
    );
  });

  it('explains a missing Java with the three ways out', () => {
    expect(() => checkJava('/nonexistent/bin/java')).toThrow(/No Java found[\s\S]*install JDK 17/);
  });
});

async function until(condition: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
