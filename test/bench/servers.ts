/**
 * Starts a benchmarked server in a child process of its own, so that its memory (RSS) is its
 * own and the load generator does not share its event loop. Talks to it over HTTP.
 */
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import type { DatabaseSettings } from '../../src/db/database.ts';
import type { ChildStats } from './child-server.ts';

export interface ServerUnderTest {
  name: string;
  url: string;
  stats(): Promise<ChildStats>;
  stop(): Promise<void>;
}

export async function startServer(
  name: string,
  entry: string,
  database: DatabaseSettings,
): Promise<ServerUnderTest> {
  const file = fileURLToPath(new URL(entry, import.meta.url));
  // BENCH_PROFILE_DIR: each server writes a V8 CPU profile there when it stops (`--profile`).
  const profile = process.env.BENCH_PROFILE_DIR
    ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROFILE_DIR}/${name}`]
    : [];
  const child = spawn(process.execPath, [...profile, '--import', 'tsx', file], {
    env: { ...process.env, BENCH_DATABASE: JSON.stringify(database), LOG_LEVEL: 'silent' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  const firstLine = await Promise.race([
    new Promise<string>((resolve) =>
      createInterface({ input: child.stdout }).once('line', resolve),
    ),
    exited.then((code) => {
      throw new Error(`the ${name} server exited (code ${code}) before it listened`);
    }),
  ]);
  const { port, statsPort } = JSON.parse(firstLine) as { port: number; statsPort: number };
  return {
    name,
    url: `http://127.0.0.1:${port}`,
    stats: async () =>
      (await fetch(`http://127.0.0.1:${statsPort}/`)).json() as Promise<ChildStats>,
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}
