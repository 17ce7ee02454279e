/**
 * The fault test's own Neo4j (instance `fault-test`, Bolt 17690 / HTTP 17477): stopped, killed,
 * frozen and restarted while the shared test server serves everyone else. Its data folder is kept between
 * runs (a cold start costs the schema's index builds); each run writes under its own names.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { type LocalNeo4j, startLocalNeo4j } from '../../src/local-neo4j/launcher.ts';
import { isAlive } from '../../src/local-neo4j/pidfile.ts';
import { testNeo4j } from '../helpers/database.ts';
import { testPort, testScheme } from '../helpers/ports.ts';

const BOLT_PORT = testPort(17690);

export function faultNeo4jOptions() {
  const { localDir, password } = testNeo4j();
  return {
    localDir,
    instance: 'fault-test',
    boltPort: BOLT_PORT,
    httpPort: testPort(17477),
    password,
    heap: '512m',
    pageCache: '128m',
    log: () => {},
  };
}

export const faultNeo4jSettings = () => ({
  uri: `${testScheme()}://127.0.0.1:${BOLT_PORT}`,
  user: 'neo4j',
  password: testNeo4j().password,
  database: 'neo4j',
});

export const startFaultNeo4j = (): Promise<LocalNeo4j> => startLocalNeo4j(faultNeo4jOptions());

/** A crash: SIGKILL, no checkpoint, no goodbye to clients. Resolves once the process is gone. */
export async function killNeo4j(server: LocalNeo4j): Promise<void> {
  process.kill(server.pid, 'SIGKILL');
  while (isAlive(server.pid)) await new Promise((resolve) => setTimeout(resolve, 20));
}

/** A hung server (a VM paused, a long GC): SIGSTOP, `ms` of silence with its port open, SIGCONT. */
export async function freezeNeo4j(server: LocalNeo4j, ms: number): Promise<void> {
  process.kill(server.pid, 'SIGSTOP');
  try {
    await new Promise((resolve) => setTimeout(resolve, ms));
  } finally {
    thaw(server);
  }
}

/** SIGCONT, in case a test was cut short while the server was frozen. */
export function thaw(server: LocalNeo4j | undefined): void {
  if (server && isAlive(server.pid)) process.kill(server.pid, 'SIGCONT');
}

/**
 * One test run at a time on this instance: two (two sessions' `npm test` on one checkout) would
 * stop each other's server and delete each other's writes. Waits for the other run to finish;
 * a lock whose process is gone is taken over. Resolves with the function that releases it.
 */
export async function lockFaultNeo4j(timeoutMs: number): Promise<() => void> {
  const lock = path.join(testNeo4j().localDir, 'fault-test.lock');
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      writeFileSync(lock, String(process.pid), { flag: 'wx' });
      return () => rmSync(lock, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const holder = lockHolder(lock);
    if (holder === undefined) continue; // released meanwhile
    if (holder > 0 && !isAlive(holder)) {
      rmSync(lock, { force: true });
      continue;
    }
    if (Date.now() > deadline) {
      throw new Error(`The fault-test Neo4j is in use by another test run (process ${holder}).`);
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

/** The pid in the lock file; 0 while it is being written; undefined once it is gone. */
function lockHolder(lock: string): number | undefined {
  try {
    return Number(readFileSync(lock, 'utf8')) || 0;
  } catch {
    return undefined;
  }
}
