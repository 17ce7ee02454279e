import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { isAlive } from './pidfile.ts';

/** SIGTERM lets Neo4j check-point and release its store locks; SIGKILL only if it hangs. */
export async function stopServer(pid: number, graceMs = 30_000): Promise<void> {
  if (!isAlive(pid)) return;
  process.kill(pid, 'SIGTERM');
  const deadline = Date.now() + graceMs;
  while (isAlive(pid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  if (isAlive(pid)) process.kill(pid, 'SIGKILL');
}

const GUARD = fileURLToPath(new URL('./guard.mjs', import.meta.url));

/**
 * Ties the server `pid` to this process: a guard process (guard.mjs) stops it once this process
 * is gone, even by SIGKILL, which no handler of ours can catch. The guard learns of it by its
 * standard input, a pipe from us that the kernel closes when we exit. Neither the guard nor the
 * pipe keeps this process alive.
 */
export function guardServer(pid: number, home: string): void {
  const guard = spawn(process.execPath, [GUARD, String(pid), home], {
    stdio: ['pipe', 'ignore', 'ignore'],
  });
  guard.unref();
  (guard.stdin as unknown as { unref(): void } | null)?.unref();
}
