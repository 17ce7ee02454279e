import { readFileSync } from 'node:fs';
import { rm, writeFile } from 'node:fs/promises';

/** What the launcher records about the server it started, in `<instance>/run/server.json`. */
export interface ServerRecord {
  pid: number;
  /** The Node process that started (or adopted) the server and will stop it. */
  ownerPid: number;
  /** Started by `npm run neo4j -- start`: nobody adopts it, only `npm run neo4j -- stop` ends it. */
  detached?: boolean;
  boltPort: number;
  httpPort: number;
  startedAt: string;
}

export function readRecord(file: string): ServerRecord | undefined {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as ServerRecord;
  } catch {
    return undefined;
  }
}

export async function writeRecord(file: string, record: ServerRecord): Promise<void> {
  await writeFile(file, `${JSON.stringify(record, null, 2)}\n`);
}

export async function removeRecord(file: string): Promise<void> {
  await rm(file, { force: true });
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * True when `pid` is a live Neo4j server of this instance: a recycled pid that now belongs to
 * another program must not be mistaken for ours, so the command line is checked too.
 */
export function isOurServer(pid: number, home: string): boolean {
  if (!isAlive(pid)) return false;
  try {
    const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    return cmdline.includes('CommunityEntryPoint') && cmdline.includes(home);
  } catch {
    // No /proc (macOS): the pid being alive is the best evidence there is.
    return true;
  }
}
