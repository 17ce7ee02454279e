// Stops a local Neo4j once the process that started it (its owner) is gone, however it went:
// SIGKILL, a crash, or a parent that never forwarded a signal. The owner starts this guard with
// its standard input as a pipe; the kernel closes the pipe when the owner exits, and the guard
// stops the server then (SIGTERM, SIGKILL if it hangs), unless the owner already has.
//
// Plain JavaScript, run by plain `node`: it must start in milliseconds and work wherever the
// launcher runs (npm start, tests, a container), with no TypeScript loader.
//
// Arguments: <neo4j pid> <instance home>.
import { readFileSync } from 'node:fs';

const pid = Number(process.argv[2]);
const home = process.argv[3] ?? '';
const GRACE_MS = 30_000;

function isAlive() {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === 'EPERM';
  }
}

// The pid may have been recycled: only a Neo4j of this instance is ours to stop.
function isOurServer() {
  if (!isAlive()) return false;
  try {
    const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    return cmdline.includes('CommunityEntryPoint') && cmdline.includes(home);
  } catch {
    return true; // no /proc (macOS): alive is the best evidence there is
  }
}

async function stopServer() {
  if (!isOurServer()) return;
  process.kill(pid, 'SIGTERM');
  const deadline = Date.now() + GRACE_MS;
  while (isAlive() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  if (isAlive()) process.kill(pid, 'SIGKILL');
}

// A terminal's Ctrl-C or hang-up reaches the whole process group: the owner handles those.
for (const signal of ['SIGINT', 'SIGHUP']) process.on(signal, () => {});

process.stdin.on('close', () => stopServer().finally(() => process.exit(0)));
process.stdin.resume();
// The owner stopped the server itself: nothing left to guard.
setInterval(() => {
  if (!isAlive()) process.exit(0);
}, 1000);
