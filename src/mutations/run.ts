// How every mutation runs: size limits first, then ONE write transaction that checks the
// idempotency key, validates against the graph as that transaction sees it, writes through the
// one write path (src/load/write.ts) and records the result; any error rolls all of it back.
import type { Context } from '../context.ts';
import type { Run } from '../load/session.ts';
import { instantNow } from '../load/to-neo4j.ts';
import { WriteConflictError, type WriteCounts } from '../load/write.ts';
import { ConflictError, ValidationError } from '../schema/errors.ts';
import { type IdempotentCall, remember, replayed, requestChecksum } from './idempotency.ts';
import { oversizedFields } from './limits.ts';

/** Who writes and when: `assertedBy`/`updatedBy`/`retractedBy` and the one instant of the write. */
export interface Stamp {
  by: string;
  now: string;
}

/** What a mutation did, as stored under an idempotency key and answered to the client. */
export interface WriteOutcome {
  nodeId: string | null;
  relationshipId: string | null;
  counts: WriteCounts;
  at: string;
  by: string;
}

export interface MutationResult extends WriteOutcome {
  /** True when an idempotency key gave back a stored result and nothing was written. */
  replayed: boolean;
}

export interface MutationCall {
  /** The Mutation field's name. */
  mutation: string;
  /** Its arguments as received (for the size limits and the request checksum). */
  args: Record<string, unknown>;
  /** Argument paths that hold a whole document (a source's text): the larger size limit. */
  documents?: ReadonlySet<string>;
}

export type MutationWork = (run: Run, stamp: Stamp) => Promise<Omit<WriteOutcome, 'at' | 'by'>>;

/** `api:<key name>`: the author of every write made with that key. */
export function authorOf(context: Context): string {
  return `api:${context.viewer.key?.name ?? 'anonymous'}`;
}

export async function runMutation(
  context: Context,
  call: MutationCall,
  work: MutationWork,
): Promise<MutationResult> {
  const oversized = oversizedFields(call.args, call.documents);
  if (oversized.length > 0) throw new ValidationError(oversized);
  const stamp: Stamp = { by: authorOf(context), now: instantNow() };
  const key = call.args.idempotencyKey;
  const idempotent: IdempotentCall | undefined =
    typeof key === 'string'
      ? {
          key,
          by: stamp.by,
          mutation: call.mutation,
          checksum: requestChecksum(call.mutation, call.args),
        }
      : undefined;
  try {
    const result = await context.db.transaction('WRITE', async (run) => {
      if (idempotent) {
        const stored = await replayed<WriteOutcome>(run, idempotent);
        if (stored) return { ...stored, replayed: true };
      }
      const outcome: WriteOutcome = { ...(await work(run, stamp)), at: stamp.now, by: stamp.by };
      if (idempotent) await remember(run, idempotent, outcome, stamp.now);
      return { ...outcome, replayed: false };
    });
    // What this request's loaders cached before the write is stale now.
    context.loaders.clear();
    return result;
  } catch (error) {
    // The writer refuses a relationship whose end vanished meanwhile: a conflict, not a bug.
    if (error instanceof WriteConflictError) throw new ConflictError(error.message);
    throw error;
  }
}
