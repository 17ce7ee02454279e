/**
 * Neo4j stopped, killed, then frozen, while 4 GraphQL clients, a /ready poller and a writer keep going,
 * the first two in the middle of a 10 000-node write: requests fail fast with DATABASE_UNAVAILABLE,
 * /ready says 503, the server recovers by itself once Neo4j is back, and every write is wholly
 * there or wholly absent, every acknowledged one there. The server is the real one (a child
 * process, in production mode) so the clients' own work never delays its answers.
 */
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Database } from '../../src/db/database.ts';
import { DATABASE_UNAVAILABLE } from '../../src/db/errors.ts';
import { applySchema } from '../../src/db/schema.ts';
import { waitForDatabase } from '../../src/db/wait.ts';
import { writeFiles } from '../../src/load/write.ts';
import type { LocalNeo4j } from '../../src/local-neo4j/launcher.ts';
import {
  faultNeo4jSettings,
  freezeNeo4j,
  killNeo4j,
  lockFaultNeo4j,
  startFaultNeo4j,
  thaw,
} from './fault-neo4j.ts';
import { type Sample, startLoad } from './load.ts';
import { describeOutage, type OutageFigures, outageFigures } from './outage.ts';
import { type BigWrite, checkWrites, probeFile, removeProbes } from './probe-writes.ts';
import { type ServerProcess, startServer } from './server-process.ts';

const RUN = `run${Date.now().toString(36)}`;
const BIG = 10_000;
const SMALL = 50;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/**
 * Fail fast: under 2 s as a client sees it. The clients time their requests in this process,
 * which also runs the big writes: while its event loop is stalled an answer that has arrived
 * waits, so a request can look later by as much as the worst stall, measured. The server's own
 * event loop is starved the same way on a loaded machine (its watchdog's timers fire late): its
 * worst stall, read from its /metrics, is allowed too. The bound allows those and says so;
 * nothing more. (It was 4 s whenever the load average passed twice the CPUs: on a 2-CPU machine
 * with Neo4j restarting that was every run, while failures took 0.7-1.5 s.)
 */
const failFastBound = (testStallMs: number, serverStallMs: number) =>
  2000 + Math.ceil(testStallMs + serverStallMs);

/** The server's worst event-loop stall since the last call, in ms (prom-client resets it then). */
async function serverStallMs(): Promise<number> {
  const text = await (await fetch(`${server?.url}/metrics`)).text();
  const max = /^nodejs_eventloop_lag_max_seconds (\S+)$/m.exec(text)?.[1];
  if (max === undefined) throw new Error('the server reported no nodejs_eventloop_lag_max_seconds');
  return Number(max) * 1000;
}

let unlock: (() => void) | undefined;
let neo4j: LocalNeo4j | undefined;
/** A start in progress, so that a test cut short still stops the server it brings up. */
let starting: Promise<LocalNeo4j> | undefined;
let server: ServerProcess | undefined;
/** The writer's driver; the server has its own. */
const db = new Database(faultNeo4jSettings());

beforeAll(async () => {
  unlock = await lockFaultNeo4j(120_000);
  starting = startFaultNeo4j();
  neo4j = await starting;
  await waitForDatabase(db);
  await applySchema(db);
  await db.runText('CREATE INDEX probe_name IF NOT EXISTS FOR (n:Probe) ON (n.probe)', {}, 'WRITE');
  await db.runText('CALL db.awaitIndexes(120)');
  await removeProbes(db); // a run cut short leaves its own (and none runs beside this one)
  await writeFiles(db, [probeFile(`${RUN}-warm-up`, SMALL)], { by: 'fault-test' });
  // Production masking on, so the code is shown to survive it; no rate limit for a test's load.
  server = await startServer(faultNeo4jSettings(), {
    env: { NODE_ENV: 'production', RATE_LIMIT: '0', METRICS: 'on' },
  });
}, 180_000);

afterAll(async () => {
  thaw(neo4j);
  await server?.stop(5000);
  await removeProbes(db).catch(() => {});
  await db.close();
  await neo4j?.stop();
  await (await starting?.catch(() => undefined))?.stop();
  unlock?.();
});

/** Starts a big write and, once 2 of its 10 batches of nodes are in, the fault. */
async function faultMidWrite(name: string, fault: () => Promise<void>): Promise<BigWrite> {
  let faulted: Promise<void> | undefined;
  let faultAt = 0;
  const acknowledged = await writeFiles(db, [probeFile(name, BIG)], {
    by: 'fault-test',
    onProgress: ({ written }) => {
      if (written < 2000 || faulted) return;
      faultAt = Date.now();
      faulted = fault();
    },
  }).then(
    () => true,
    () => false,
  );
  await faulted;
  return { name, nodes: BIG, acknowledged, faultAt };
}

/** Restarts Neo4j; resolves when it is up (its launcher returned). */
async function restart(): Promise<number> {
  starting = startFaultNeo4j();
  neo4j = await starting;
  return Date.now();
}

/**
 * How long a restarted Neo4j may take to serve again, warm-up included: Neo4j's own affair (a
 * cold JVM plans the first queries in 7.5 s here and more than 16 s in CI, on two busy cores).
 * What the server promises is the rest: /ready says 200 only once it serves, and it then does.
 */
const BACK_WITHIN_MS = 60_000;

/**
 * Waits until the clients have had data again after `upAt` and /ready has said 200 (after the
 * server's warm-up), then two seconds longer, before the next fault. Data alone was not enough:
 * at load average 19 the warm-up after the kill still held /ready at 503 when the freeze began,
 * and the kill's figures never saw it back.
 */
async function settle(samples: Sample[], upAt: number): Promise<void> {
  const back = (what: Sample['what']) => (s: Sample) => s.what === what && s.ok && s.start >= upAt;
  const settled = () => samples.some(back('graphql')) && samples.some(back('ready'));
  while (!settled() && Date.now() - upAt < BACK_WITHIN_MS) await pause(50);
  await pause(2000);
}

/**
 * With FAULT_SERVER_LOG=<file>: the fault times, the server's log and every sample, one JSON per
 * line, for reading what happened around a failure (which request hung, what the server said).
 */
function keepForPostMortem(times: object, samples: Sample[]): void {
  const file = process.env.FAULT_SERVER_LOG;
  if (!file) return;
  const lines = [
    JSON.stringify(times),
    server?.output() ?? '',
    ...samples.map((s) => JSON.stringify(s)),
  ];
  writeFileSync(file, lines.join('\n'));
}

describe('Neo4j stopped and killed under load', () => {
  it('fails fast, recovers by itself, and loses no acknowledged write', async () => {
    const started = Date.now();
    await serverStallMs(); // from now on
    const load = startLoad(server?.url ?? '', db, { readers: 4, run: RUN, writeNodes: SMALL });
    await pause(1000);
    const stop = await faultMidWrite(`${RUN}-big-stopped`, async () => neo4j?.stop());
    const stopUp = await restart();
    await settle(load.samples, stopUp);
    const kill = await faultMidWrite(`${RUN}-big-killed`, async () => neo4j && killNeo4j(neo4j));
    await pause(1000); // down a while, as a crashed server would be
    const killUp = await restart();
    await settle(load.samples, killUp);
    const frozeAt = Date.now();
    await freezeNeo4j(neo4j as LocalNeo4j, 4000);
    const thawedAt = Date.now();
    await settle(load.samples, thawedAt);
    await load.stop();

    const { samples, writes } = load;
    keepForPostMortem({ stop, stopUp, kill, killUp, frozeAt, thawedAt }, samples);
    const outages: [string, OutageFigures][] = [
      [
        'stopped',
        outageFigures(samples, { downAt: stop.faultAt, upAt: stopUp, until: kill.faultAt }),
      ],
      ['killed', outageFigures(samples, { downAt: kill.faultAt, upAt: killUp, until: frozeAt })],
      ['frozen', outageFigures(samples, { downAt: frozeAt, upAt: thawedAt })],
    ];
    const graphql = samples.filter((s) => s.what === 'graphql');
    const written = await checkWrites(db, { ...writes, nodes: SMALL }, [stop, kill]);
    const delay = load.loopDelay();
    const serverStall = await serverStallMs();
    const bound = failFastBound(delay.max, serverStall);
    for (const [name, figures] of outages) console.log(describeOutage(name, figures));
    console.log(
      `[faults] fail-fast bound ${bound} ms (2000 + this process's worst stall ${delay.max.toFixed(0)} ms + the server's ${serverStall.toFixed(0)} ms); load average ${os.loadavg()[0]?.toFixed(1)} on ${os.cpus().length} CPUs`,
    );
    console.log(
      `[faults] ${graphql.length} GraphQL requests from 4 clients; ${written.summary}; test's event loop delay p99 ${delay.p99.toFixed(0)} ms, max ${delay.max.toFixed(0)} ms; ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );

    // Every failure is the typed one, in production mode, without the driver's words.
    const failures = new Set(
      graphql.filter((s) => !s.ok).map((s) => `${s.status} ${s.code} ${s.message}`),
    );
    expect(failures).toEqual(
      new Set([`503 ${DATABASE_UNAVAILABLE} The database is unavailable. Try again shortly.`]),
    );
    for (const [name, figures] of outages) {
      // Each assertion names its outage and carries its figures, so a failure in CI says which.
      const said = `Neo4j ${name}: ${describeOutage(name, figures)}`;
      expect(figures.failed, said).toBeGreaterThan(0); // the clients did see the outage
      // Fail fast. (When the first failure comes is Neo4j's affair: stopping, it serves a while.)
      expect(figures.slowestFailure, said).toBeLessThan(bound);
      expect(figures.readyDown, said).toBeLessThan(5000);
      // Back: /ready 200 once the server serves (after its warm-up), and it serves then.
      expect(figures.readyUp, said).toBeLessThan(BACK_WITHIN_MS);
      expect(figures.afterReady, said).toMatchObject({ ok: true });
      // Served, not timed out (10 s): a cold JVM on two busy cores took 5.3 s after a warm-up.
      expect(figures.afterReady?.ms, said).toBeLessThan(10_000);
      expect(figures.recovered, said).toBeLessThan(figures.readyUp + 10_000);
    }
    // The operator's log says what happened, in the driver's words.
    expect(server?.output()).toMatch(/Neo4j is unavailable: /);
    expect(server?.output()).toMatch(/Neo4j answers again \(\d+\.\d s down\)/);
    expect(server?.output()).toMatch(/Warmed up \d+ recent read shapes in \d+\.\d s/);
    // Acknowledged: all there. Failed: all there or none. Never a part.
    expect(written.partial).toEqual([]);
    expect(written.lost).toEqual([]);
    expect(writes.acknowledged.length).toBeGreaterThan(5);
    expect(writes.failed.length).toBeGreaterThan(0);
  }, 480_000);
});
