/**
 * `npm start` exactly as a user or a process manager runs it, on a local Neo4j of its own
 * (NEO4J_LOCAL_DIR under the test folder, its own ports), for the signal tests: the processes it
 * is made of (npm, the server, Neo4j, Neo4j's guard), found by pid, never by name.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { isAlive, readRecord } from '../../src/local-neo4j/pidfile.ts';
import { freePort } from './server-process.ts';

export interface NpmStart {
  child: ChildProcess;
  url: string;
  /** The instance folder of its local Neo4j. */
  home: string;
  output(): string;
  pids(): { npm: number; server?: number; neo4j?: number; guard?: number };
}

/** The local dir of these runs: the jars of the shared test folder, an instance of its own. */
export function npmLocalDir(testLocalDir: string): string {
  const dir = path.resolve(testLocalDir, 'signals-test');
  mkdirSync(dir, { recursive: true });
  const lib = path.join(dir, 'lib');
  if (!existsSync(lib)) symlinkSync(path.resolve(testLocalDir, 'lib'), lib);
  return dir;
}

export async function npmStart(env: NodeJS.ProcessEnv, readyTimeoutMs: number): Promise<NpmStart> {
  const port = await freePort();
  // Its own process group, as under a process manager; the test signals the npm process alone.
  const child = spawn('npm', ['start'], {
    env: { ...process.env, HOST: '127.0.0.1', PORT: String(port), LOG_FORMAT: 'json', ...env },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk) => {
    output += chunk;
  });
  child.stderr?.on('data', (chunk) => {
    output += chunk;
  });
  const home = path.join(env.NEO4J_LOCAL_DIR ?? '.neo4j', 'default');
  const npm = child.pid ?? 0;
  const started: NpmStart = {
    child,
    url: `http://127.0.0.1:${port}`,
    home,
    output: () => output,
    pids: () => {
      const server = childrenOf(npm)[0]?.pid;
      const guard = server
        ? childrenOf(server).find((c) => c.args.includes('guard.mjs'))?.pid
        : undefined;
      const record = readRecord(path.join(home, 'run', 'server.json'));
      return { npm, server, guard, neo4j: record?.pid };
    },
  };
  const deadline = Date.now() + readyTimeoutMs;
  while (!(await ready(started.url))) {
    if (!isAlive(npm) || Date.now() > deadline) {
      killGroup(npm);
      throw new Error(`npm start did not get ready:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return started;
}

function childrenOf(pid: number): { pid: number; args: string }[] {
  try {
    return execFileSync('ps', ['-o', 'pid=,args=', '--ppid', String(pid)], { encoding: 'utf8' })
      .trim()
      .split('\n')
      .filter(Boolean)
      .map((line) => {
        const [, id = '0', args = ''] = /^\s*(\d+)\s+(.*)$/.exec(line) ?? [];
        return { pid: Number(id), args };
      });
  } catch {
    return []; // ps exits 1 when there are none
  }
}

async function ready(url: string): Promise<boolean> {
  try {
    return (await fetch(`${url}/ready`)).status === 200;
  } catch {
    return false;
  }
}

/** Waits until none of `pids` is alive; resolves with the ms it took, or Infinity past `ms`. */
export async function goneWithin(pids: number[], ms: number): Promise<number> {
  const started = Date.now();
  while (pids.some(isAlive)) {
    if (Date.now() - started > ms) return Number.POSITIVE_INFINITY;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return Date.now() - started;
}

/** What a failed test leaves: the whole group, by its (negative) id. */
export function killGroup(pid: number): void {
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    // already gone
  }
}
