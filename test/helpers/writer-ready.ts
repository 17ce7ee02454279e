/**
 * The project "writes"' setup: its files run two at a time, and each worker process writes to a
 * test Neo4j of its own (test/helpers/instances.ts). The worker claims one with a lock file
 * (global-setup.ts removes them before any worker starts; a lock whose process is gone is taken
 * over), keeps it until it exits, and waits until global-setup.ts says that server is seeded.
 * (Not VITEST_POOL_ID: between two projects vitest can give two live workers the same one.)
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { inject } from 'vitest';
import { isAlive } from '../../src/local-neo4j/pidfile.ts';
import { readyFile, testInstances, WRITER, writerLock } from './instances.ts';

const state = globalThis as { [WRITER]?: number };
const { localDir } = inject('neo4j');
const runToken = inject('runToken');
const instances = testInstances();

if (state[WRITER] === undefined) {
  state[WRITER] = await claim();
  const lock = lockFile(state[WRITER]);
  process.on('exit', () => rmSync(lock, { force: true }));
}
const claimed = state[WRITER];
const instance = instances[claimed];
if (claimed > 0 && instance) await seeded(readyFile(localDir, instance.instance));

/** The index of the instance this worker now holds. */
async function claim(): Promise<number> {
  const deadline = Date.now() + 120_000;
  // With NEO4J_TEST_URI no local Neo4j is started, and a fresh clone has no local folder yet.
  mkdirSync(path.dirname(lockFile(0)), { recursive: true });
  for (;;) {
    for (const [index] of instances.entries()) {
      const lock = lockFile(index);
      const mine = String(process.pid);
      try {
        writeFileSync(lock, mine, { flag: 'wx' });
        // Two workers taking over one dead worker's lock at once: the last writer holds it.
        await new Promise((resolve) => setTimeout(resolve, 50));
        if (readText(lock) === mine) return index;
        continue;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
      const holder = Number(readText(lock));
      if (holder > 0 && !isAlive(holder)) rmSync(lock, { force: true });
    }
    if (Date.now() > deadline) throw new Error('No test Neo4j left for this writes worker.');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function seeded(file: string): Promise<void> {
  for (;;) {
    const said = parse(readText(file));
    if (said?.runToken === runToken) {
      if (said.error) throw new Error(`The test Neo4j ${instance?.instance} failed: ${said.error}`);
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

function lockFile(index: number): string {
  return writerLock(localDir, instances[index]?.instance ?? `${index}`);
}

function parse(text: string | undefined): { runToken?: string; error?: string } | undefined {
  try {
    return text ? JSON.parse(text) : undefined;
  } catch {
    return undefined; // being written
  }
}

function readText(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined; // not written yet, or gone meanwhile
  }
}
