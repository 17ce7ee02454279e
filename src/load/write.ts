// The one write path: the seed, an import and (later) mutations all write through here. It
// compares incoming properties with stored ones in the database, keeps what a write replaces as
// a Version, stamps knowledge time, deletes nothing, and counts created/updated/unchanged.

import { markReachWritten, reachTouches } from '../exposure/reach-touches.ts';
import type { NormalizedHistory, NormalizedSeedFile } from '../model/format.ts';
import { KNOWLEDGE_KEYS } from '../model/format-history.ts';
import { checkStamp, lockStampAndFind } from './clock.ts';
import { addCounts, tally, type WriteCounts, zeroCounts } from './counts.ts';
import {
  createNodes,
  createRelationships,
  type EntityRow,
  mergeNodes,
  mergeRelationships,
  type NodeRow,
  type RelationshipRow,
} from './queries.ts';
import { inTransaction, type Run } from './session.ts';
import { toDateTime, toNeo4jProps } from './to-neo4j.ts';

export { type Counts, WriteConflictError, type WriteCounts } from './counts.ts';

export interface WriteProgress {
  file: string;
  written: number;
  total: number;
}
export interface WriteOptions {
  /** Who asserts what is created and updates what changes: `seed`, `import:<who>` … */
  by?: string;
  /**
   * The instant of the write (ISO, UTC). By default Neo4j's clock, read inside the transaction
   * after the write holds its locks (clock.ts); give one only to replay a known history (tests).
   */
  now?: string;
  /** Compute the same counts, then roll back: nothing is written. */
  dryRun?: boolean;
  onProgress?: (progress: WriteProgress) => void;
}

/** Rows per UNWIND: large enough to amortise round trips, small enough to keep memory flat. */
const BATCH = 1000;

/**
 * Writes nodes, then relationships, inside the caller's transaction (`run`). For mutations, which
 * bring their own transaction; the seed and imports use `writeFiles` and `writeAll`.
 *
 * The lock pass says which of them the store holds: only those are compared with what the write
 * brings and versioned (merge-*.cypher); the others cannot meet a stored fact and are created
 * (create-*.cypher), as the merge would create them, without the comparison. A load into an
 * empty store compares nothing.
 */
export async function writeEntities(
  run: Run,
  file: NormalizedSeedFile,
  options: { by: string; now?: string | undefined },
  onBatch: (rows: number) => void = () => {},
): Promise<WriteCounts> {
  const counts = zeroCounts();
  // Locks first, then the instant (clock.ts): a given instant is only checked against them.
  const targets = {
    nodeIds: file.nodes.map((n) => n.id),
    relationships: file.relationships.map(({ id, type, from }) => ({ id, type, from })),
  };
  const { now, stored } = options.now
    ? { now: options.now, stored: await checkStamp(run, targets, options.now) }
    : await lockStampAndFind(run, targets);
  const params = { now: toDateTime(now), by: options.by };
  const merging = { ...params, knowledgeKeys: KNOWLEDGE_KEYS };
  const { nodes, relationships } = entityRows(file);
  const nodeRows = split(nodes, stored.nodes);
  const relationshipRows = split(relationships, stored.relationships);
  for (const rows of batches(nodeRows.created)) {
    tally(counts.nodes, await run(createNodes, { ...params, rows }));
    onBatch(rows.length);
  }
  for (const rows of batches(nodeRows.merged)) {
    tally(counts.nodes, await run(mergeNodes, { ...merging, rows }));
    onBatch(rows.length);
  }
  for (const rows of batches(relationshipRows.created)) {
    tally(counts.relationships, await run(createRelationships, { ...params, rows }));
    onBatch(rows.length);
  }
  for (const rows of batches(relationshipRows.merged)) {
    tally(counts.relationships, await run(mergeRelationships, { ...merging, rows }));
    onBatch(rows.length);
  }
  // A write that can change an exposure path stops the reach index answering until it is built
  // again, in this transaction (src/exposure/reach-index.ts), and notes where the next build
  // looks; one that found everything as it was (a file imported again) changed nothing. Only its
  // relationships count (reachTouches says why).
  // Last, after the write's own locks, so that no write holds the index's state while it waits
  // for an entity.
  const touches = reachTouches({ retracted: [], relationships: file.relationships });
  if (touches && changedAny(counts)) await markReachWritten(run, touches);
  return counts;
}

const changedAny = ({ nodes, relationships }: WriteCounts) =>
  nodes.created + nodes.updated + relationships.created + relationships.updated > 0;

/**
 * Rows to create (not in the store) and rows to merge (in the store), each in the write's order.
 * A row whose id an earlier row of the write carries too (one relationship in two files of an
 * import: the reader refuses a duplicate within a file only) is merged after the creates, so it
 * meets what the first wrote, as when the two fell in different batches of the merge.
 */
function split<Row extends EntityRow>(rows: Row[], stored: ReadonlySet<string>) {
  const created: Row[] = [];
  const merged: Row[] = [];
  const seen = new Set<string>();
  for (const row of rows) {
    (stored.has(row.id) || seen.has(row.id) ? merged : created).push(row);
    seen.add(row.id);
  }
  return { created, merged };
}

/** The seed: each file in ONE transaction of its own, in order. */
export async function writeFiles(
  db: Parameters<typeof inTransaction>[0],
  files: NormalizedSeedFile[],
  options: WriteOptions = {},
): Promise<{ nodes: number; relationships: number; counts: WriteCounts }> {
  const { by = 'seed', now, dryRun = false, onProgress = () => {} } = options;
  const counts = zeroCounts();
  for (const file of files) {
    const total = file.nodes.length + file.relationships.length;
    let written = 0;
    const fileCounts = await inTransaction(
      db,
      !dryRun,
      (run) =>
        writeEntities(run, file, { by, now }, (rows) => {
          written += rows;
          onProgress({ file: file.file, written, total });
        }),
      { write: 'seed', by, file: file.file },
    );
    addCounts(counts, fileCounts);
  }
  const sum = (key: 'nodes' | 'relationships') => files.reduce((n, f) => n + f[key].length, 0);
  return { nodes: sum('nodes'), relationships: sum('relationships'), counts };
}

/** An import: every file in ONE transaction, nodes of all files first (files may refer across). */
export async function writeAll(
  db: Parameters<typeof inTransaction>[0],
  files: NormalizedSeedFile[],
  options: WriteOptions = {},
): Promise<WriteCounts> {
  const { by = 'import', now, dryRun = false, onProgress = () => {} } = options;
  const merged: NormalizedSeedFile = {
    file: files.length === 1 ? (files[0]?.file ?? '') : `${files.length} files`,
    nodes: files.flatMap((file) => file.nodes),
    relationships: files.flatMap((file) => file.relationships),
    history: files.flatMap((file) => file.history ?? []),
  };
  const total = merged.nodes.length + merged.relationships.length;
  let written = 0;
  onProgress({ file: merged.file, written, total });
  return inTransaction(
    db,
    !dryRun,
    (run) =>
      writeEntities(run, merged, { by, now }, (rows) => {
        written += rows;
        onProgress({ file: merged.file, written, total });
      }),
    { write: 'import', by },
  );
}

/** A file's nodes and relationships as the write statements take them (Neo4j values). */
export function entityRows(file: NormalizedSeedFile): {
  nodes: NodeRow[];
  relationships: RelationshipRow[];
} {
  const history = new Map((file.history ?? []).map((entry) => [entry.id, entry]));
  const nodes = file.nodes.map((n) => ({
    ...entityRow(n.id, n.props, history.get(n.id)),
    labels: ['Entity', ...n.labels],
  }));
  const relationships = file.relationships.map((r) => ({
    ...entityRow(r.id, r.props, history.get(r.id)),
    type: r.type,
    from: r.from,
    to: r.to,
  }));
  return { nodes, relationships };
}

function entityRow(
  id: string,
  props: NormalizedSeedFile['nodes'][number]['props'],
  history: NormalizedHistory | undefined,
): EntityRow {
  return {
    id,
    props: toNeo4jProps(props),
    knowledge: history ? toNeo4jProps(history.knowledge) : null,
    versions: history ? history.versions.map(toNeo4jProps) : [],
  };
}

function* batches<T>(items: T[]): Generator<T[]> {
  for (let start = 0; start < items.length; start += BATCH) yield items.slice(start, start + BATCH);
}
