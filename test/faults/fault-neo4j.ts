/**
 * The fault test's own Neo4j (instance `fault-test`, Bolt 17690 / HTTP 17477): stopped, killed,
 * frozen and restarted while the shared test server serves everyone else. Its data folder is kept between
 * runs (a cold start costs the schema's index builds); each run writes under its own names.
 */
import { inject } from 'vitest';
import { type LocalNeo4j, startLocalNeo4j } from '../../src/local-neo4j/launcher.ts';
import { isAlive } from '../../src/local-neo4j/pidfile.ts';

const BOLT_PORT = 17690;

export function faultNeo4jOptions() {
  const { localDir, password } = inject('neo4j');
  return {
    localDir,
    instance: 'fault-test',
    boltPort: BOLT_PORT,
    httpPort: 17477,
    password,
    heap: '512m',
    pageCache: '128m',
    log: () => {},
  };
}

export const faultNeo4jSettings = () => ({
  uri: `bolt://127.0.0.1:${BOLT_PORT}`,
  user: 'neo4j',
  password: inject('neo4j').password,
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
