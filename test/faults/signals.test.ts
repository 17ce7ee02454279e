/**
 * `npm start` stopped as a process manager, `timeout` or a closed terminal stops it: a signal to
 * the npm process alone, not its group. npm forwards SIGTERM and SIGINT to the server; SIGHUP it
 * does not, and dies, and the server sees its parent go. Either way the API drains, the local
 * Neo4j stops, and nothing is left, within 10 s. The server killed outright (SIGKILL, no handler
 * runs): its local Neo4j stops by itself, and the next start comes up as usual.
 *
 * Each run starts a real local Neo4j (the first also loads the seed into it): slow on a busy
 * machine, hence the long timeouts. The 10 s bound is measured from the signal to the last of
 * the server, Neo4j and its guard gone; npm's own exit after them is logged (it is npm's).
 */
import { execFileSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readRecord } from '../../src/local-neo4j/pidfile.ts';
import { stopServer } from '../../src/local-neo4j/stop.ts';
import { testNeo4j } from '../helpers/database.ts';
import { testPort } from '../helpers/ports.ts';
import { goneWithin, killGroup, type NpmStart, npmLocalDir, npmStart } from './npm-start.ts';

const { localDir, password, uri } = testNeo4j();
const NEO4J_LOCAL_DIR = npmLocalDir(localDir);
const LOCAL = {
  NEO4J_URI: '',
  NEO4J_LOCAL_DIR,
  NEO4J_PASSWORD: password,
  NEO4J_BOLT_PORT: String(testPort(17691)),
  NEO4J_HTTP_PORT: String(testPort(17478)),
};
const READY_MS = 300_000;
const STOP_BOUND_MS = 10_000;

let current: NpmStart | undefined;
afterAll(async () => {
  if (current) killGroup(current.pids().npm);
  const record = readRecord(path.join(NEO4J_LOCAL_DIR, 'default', 'run', 'server.json'));
  if (record) await stopServer(record.pid, 10_000);
});

/**
 * Signals npm alone; resolves with how long until the server, Neo4j and its guard were gone
 * (`ms`), and npm itself, which takes a second or more of its own to exit after its child.
 */
async function stopBy(signal: NodeJS.Signals, run: NpmStart) {
  const pids = run.pids();
  const ours = [pids.server, pids.neo4j, pids.guard].filter(
    (pid): pid is number => pid !== undefined,
  );
  process.kill(pids.npm, signal);
  const [ms, npm] = await Promise.all([goneWithin(ours, 30_000), goneWithin([pids.npm], 30_000)]);
  return { ms, npm, pids };
}

describe('npm start, stopped by a signal to the npm process', () => {
  it('SIGKILL of the server: its local Neo4j stops by itself', async () => {
    current = await npmStart(LOCAL, READY_MS);
    const { server, neo4j, guard } = current.pids();
    expect([server, neo4j, guard].every((pid) => pid !== undefined)).toBe(true);
    process.kill(server as number, 'SIGKILL');
    const ms = await goneWithin([neo4j as number], 60_000);
    console.log(`[signals] server SIGKILLed: its Neo4j gone ${ms} ms later (its guard stopped it)`);
    expect(ms).toBeLessThan(60_000);
    killGroup(current.pids().npm);
  }, 600_000);

  it.each([
    ['SIGTERM', /stopping \(SIGTERM\)/],
    ['SIGHUP', /stopping \(parent process gone\)/],
  ] as const)(
    '%s: API and local Neo4j stopped within 10 s',
    async (signal, why) => {
      // The first of these is also the next start after the SIGKILL above: it comes up.
      current = await npmStart(LOCAL, READY_MS);
      const { ms, npm, pids } = await stopBy(signal, current);
      const load = `load average ${os.loadavg()[0]?.toFixed(1)} on ${os.cpus().length} CPUs`;
      console.log(
        `[signals] ${signal} to npm: server, Neo4j and guard gone ${ms} ms later, npm itself ${npm} ms later; ${load}`,
      );
      expect(pids.neo4j).toBeDefined();
      expect(pids.guard).toBeDefined();
      expect(ms).toBeLessThan(STOP_BOUND_MS);
      expect(npm).toBeLessThan(30_000);
      expect(current.output()).toMatch(why);
      expect(current.output()).toMatch(/"msg":"stopped"/);
      expect(readRecord(path.join(current.home, 'run', 'server.json'))).toBeUndefined();
    },
    600_000,
  );

  it('SIGINT (Ctrl-C): the API stopped within 10 s (Neo4j given by NEO4J_URI, left running)', async () => {
    current = await npmStart({ NEO4J_URI: uri, NEO4J_PASSWORD: password }, READY_MS);
    const { ms, npm } = await stopBy('SIGINT', current);
    console.log(`[signals] SIGINT to npm: server gone ${ms} ms later, npm ${npm} ms later`);
    expect(ms).toBeLessThan(STOP_BOUND_MS);
    expect(current.output()).toMatch(/stopping \(SIGINT\)/);
  }, 600_000);

  it('`npm run neo4j -- status` says the local Neo4j is not running', () => {
    let answer: { status?: number; stdout?: string } = {};
    try {
      execFileSync('npm', ['run', '--silent', 'neo4j', '--', 'status'], {
        env: { ...process.env, ...LOCAL },
        encoding: 'utf8',
      });
    } catch (error) {
      answer = error as typeof answer;
    }
    expect(answer).toMatchObject({ status: 1, stdout: expect.stringContaining('Not running') });
  }, 60_000);
});
