// Retraction: the only way to take a fact back. It marks the node or relationship (`retractedAt`,
// `retractedBy`, `retractionReason`) and deletes nothing; reads then hide it unless asked
// (`includeRetracted`), and `knownAt` before the retraction still sees it.
import { markReachWritten, reachTouches } from '../exposure/reach-touches.ts';
import { addCounts, type WriteCounts, zeroCounts } from '../load/counts.ts';
import type { Run } from '../load/session.ts';
import { toDateTime } from '../load/to-neo4j.ts';
import { writeEntities } from '../load/write.ts';
import { ConflictError, NotFoundError, ValidationError } from '../schema/errors.ts';
import { storedMeasureEntry } from './measure-entry.ts';
import { findMeasureHistory, retractNode, retractRelationship } from './queries.ts';
import type { Stamp, Writer } from './run.ts';
import { entryPaths, validateEntries } from './validate.ts';

/** `from-[TYPE#key]->to`, the id the write path gives every relationship. */
const RELATIONSHIP_ID = /^(.+?)-\[([A-Z][A-Z_]*)(?:#[a-z0-9][a-z0-9-]*)?\]->(.+)$/;
/** `<measure id>/status/<index>` (statusChangeId in src/model/status-history.ts). */
const STATUS_CHANGE_ID = /^(.+)\/status\/\d+$/;

function checkReason(reason: string): string {
  const trimmed = reason.trim();
  if (trimmed.length === 0) {
    throw new ValidationError([{ path: 'reason', message: 'say why the fact is retracted' }]);
  }
  return trimmed;
}

const counted = (kind: 'nodes' | 'relationships'): WriteCounts => {
  const counts = zeroCounts();
  counts[kind].updated = 1;
  return counts;
};

/** Retracts the node or relationship with graph id `id`. */
export async function retract(run: Run, id: string, reason: string, writer: Writer) {
  const checked = checkReason(reason);
  const relationship = RELATIONSHIP_ID.exec(id);
  if (relationship) {
    const [, from = '', type = '', to = ''] = relationship;
    const stamp = await writer.lock({ nodeIds: [], relationships: [{ id, type, from }] });
    const why = { now: stamp.now, by: stamp.by, reason: checked };
    const [row] = await run(retractRelationship, { id, from, type, ...when(why) });
    if (!row) throw new NotFoundError(id);
    if (row.already) throw alreadyRetracted(id, row);
    // A path may have run through it: the reach index waits for its next build.
    const touches = reachTouches({ retracted: [], relationships: [{ type, from, to }] });
    if (touches) await markReachWritten(run, touches);
    return { nodeId: null, relationshipId: id, counts: counted('relationships') };
  }
  // A status change's measure is restated with it (its status is derived again): lock both.
  const measureId = STATUS_CHANGE_ID.exec(id)?.[1];
  const nodeIds = measureId ? [id, measureId] : [id];
  const stamp = await writer.lock({ nodeIds, relationships: [] });
  const why = { now: stamp.now, by: stamp.by, reason: checked };
  const [row] = await run(retractNode, { id, ...when(why) });
  if (!row) throw new NotFoundError(id);
  if (row.already) throw alreadyRetracted(id, row);
  const counts = counted('nodes');
  const touches = reachTouches({ retracted: [{ id, labels: row.labels }], relationships: [] });
  if (touches) await markReachWritten(run, touches);
  if (row.labels.includes('StatusChange') && row.measureId) {
    addCounts(counts, await rederiveStatus(run, row.measureId, stamp));
  }
  return { nodeId: id, relationshipId: null, counts };
}

/**
 * A measure whose status change was retracted: its `status` (and announced/effective/lifted
 * dates) are derived again from the changes that stand, as an update that keeps a version. The
 * reader sees the retraction in this transaction and leaves the change out (status-history.ts).
 */
async function rederiveStatus(run: Run, measureId: string, stamp: Stamp): Promise<WriteCounts> {
  const [stored] = await run(findMeasureHistory, { id: measureId });
  if (!stored) return zeroCounts();
  const file = await validateEntries(
    run,
    { nodes: [storedMeasureEntry(stored)] },
    entryPaths('nodes[0]', 'id'),
    () => false,
  );
  return writeEntities(run, file, stamp);
}

function when(why: { now: string; by: string; reason: string }) {
  return { now: toDateTime(why.now), by: why.by, reason: why.reason };
}

function alreadyRetracted(id: string, row: { retractedAt: string; retractedBy: string }) {
  return new ConflictError(
    `"${id}" was already retracted at ${row.retractedAt} by ${row.retractedBy}; a retraction is not repeated.`,
    id,
  );
}
