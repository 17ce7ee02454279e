// The instant of a write, taken where the order of writes is decided: inside its transaction,
// after it holds the locks of everything it touches, from Neo4j's clock (the one every API
// process shares), and later than any instant already stored on what it writes. Two writes of
// one node are thereby stamped in the order Neo4j applied them, whatever the concurrency, and a
// version never ends before it began (docs/history.md, "Concurrency").
import { lockEntities, readClock } from './queries.ts';
import type { Run } from './session.ts';

export interface WriteTargets {
  /** Ids of the nodes the write creates, changes or retracts. */
  nodeIds: readonly string[];
  /** The relationships it creates, changes or retracts; their start node's lock guards them. */
  relationships: readonly { id: string; type: string; from: string }[];
}

/** Ids per lock query: the lock pass of a large import runs in batches like the write. */
const LOCK_BATCH = 1000;

/** What the lock pass found in the store: the rest is new, and stays absent until commit. */
export interface Stored {
  nodes: ReadonlySet<string>;
  relationships: ReadonlySet<string>;
}

/** The latest instant (epoch ms) stored on the targets, after taking their locks; what exists. */
export async function lockTargets(
  run: Run,
  targets: WriteTargets,
): Promise<{ latest: number | null; stored: Stored }> {
  const written = new Set(targets.nodeIds);
  const locks = [...new Set([...written, ...targets.relationships.map((r) => r.from)])]
    .sort(compare)
    .map((id) => ({ id, written: written.has(id) }));
  const nodes = new Set<string>();
  const relationships = new Set<string>();
  let latest: number | null = null;
  // Locks in one global order (sorted ids); relationships after all the locks they need.
  for (let start = 0; start < locks.length; start += LOCK_BATCH) {
    const batch = { locks: locks.slice(start, start + LOCK_BATCH), relationships: [] };
    const [row] = await run(lockEntities, batch);
    latest = later(latest, row?.latest ?? null);
    for (const id of row?.nodes ?? []) nodes.add(id);
  }
  // A relationship whose start node is not in the store is not either: only the others are sought.
  const sought = targets.relationships
    .filter((r) => nodes.has(r.from))
    .sort((a, b) => compare(a.from, b.from));
  for (let start = 0; start < sought.length; start += LOCK_BATCH) {
    const batch = { locks: [], relationships: sought.slice(start, start + LOCK_BATCH) };
    const [row] = await run(lockEntities, batch);
    latest = later(latest, row?.latest ?? null);
    for (const id of row?.relationships ?? []) relationships.add(id);
  }
  return { latest, stored: { nodes, relationships } };
}

/**
 * Locks the targets and returns the write's instant (ISO, UTC, milliseconds): Neo4j's clock now,
 * or one millisecond after the latest instant stored on the targets if the clock is not past it
 * (a clock set back, another server's clock).
 */
export async function lockAndStamp(run: Run, targets: WriteTargets): Promise<string> {
  return (await lockStampAndFind(run, targets)).now;
}

/** `lockAndStamp`, and which targets the store holds (the writer compares only those). */
export async function lockStampAndFind(
  run: Run,
  targets: WriteTargets,
): Promise<{ now: string; stored: Stored }> {
  const { latest, stored } = await lockTargets(run, targets);
  const [clock] = await run(readClock, {});
  const now = Math.max(clock?.now ?? Date.now(), latest === null ? 0 : latest + 1);
  return { now: new Date(now).toISOString(), stored };
}

/**
 * For a write whose instant was given (a mutation locks its root node and takes the instant
 * first, then reads and validates; a test or a restore brings its own): locks what it writes
 * too, and refuses to stamp anything that already holds a later instant. A mutation whose first
 * lock covered the write never meets it: a guard against a target forgotten, not a user's rule.
 */
export async function checkStamp(run: Run, targets: WriteTargets, now: string): Promise<Stored> {
  const { latest, stored } = await lockTargets(run, targets);
  if (latest !== null && latest > Date.parse(now)) {
    throw new Error(
      `write stamped ${now} touches a fact already stamped ${new Date(latest).toISOString()}: its instant was taken before all its locks`,
    );
  }
  return stored;
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const later = (a: number | null, b: number | null) =>
  a === null ? b : b === null ? a : Math.max(a, b);
