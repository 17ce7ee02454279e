// How every mutation runs: size limits first, then ONE write transaction that checks the
// idempotency key, validates against the graph as that transaction sees it, writes through the
// one write path (src/load/write.ts) and records the result; any error rolls all of it back.
import type { Context } from '../context.ts';
import { lockAndStamp, type WriteTargets } from '../load/clock.ts';
import type { Run } from '../load/session.ts';
import { WriteConflictError, type WriteCounts } from '../load/write.ts';
import { ConflictError, ValidationError } from '../schema/errors.ts';
import { type IdempotentCall, remember, replayed, requestChecksum } from './idempotency.ts';
import { oversizedFields } from './limits.ts';

/** Who writes and when: `assertedBy`/`updatedBy`/`retractedBy` and the one instant of the write. */
export interface Stamp {
  by: string;
  now: string;
}

/**
 * What a mutation's work writes with. Its first step is `lock`: the locks of what it changes are
 * taken and only then is its instant read (src/load/clock.ts), so it reads, validates and writes
 * what the writes before it committed, and is stamped after them.
 */
export interface Writer {
  by: string;
  lock(targets: WriteTargets): Promise<Stamp>;
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

export type MutationWork = (run: Run, writer: Writer) => Promise<Omit<WriteOutcome, 'at' | 'by'>>;

/** The Writer of one transaction: its one `lock` takes the locks, then the instant. */
export function writerFor(run: Run, by: string): Writer & { readonly stamp: Stamp | undefined } {
  let stamp: Stamp | undefined;
  return {
    by,
    get stamp() {
      return stamp;
    },
    lock: async (targets) => {
      if (stamp) throw new Error('a mutation takes its locks and its instant once, first');
      stamp = { by, now: await lockAndStamp(run, targets) };
      return stamp;
    },
  };
}

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
  const by = authorOf(context);
  const key = call.args.idempotencyKey;
  const idempotent: IdempotentCall | undefined =
    typeof key === 'string'
      ? { key, by, mutation: call.mutation, checksum: requestChecksum(call.mutation, call.args) }
      : undefined;
  try {
    const result = await writeOnce(context, async (run) => {
      if (idempotent) {
        const stored = await replayed<WriteOutcome>(run, idempotent);
        if (stored) return { ...stored, replayed: true };
      }
      const writer = writerFor(run, by);
      const done = await work(run, writer);
      // A mutation that wrote nothing (refused before its write) still answers an instant.
      const at = (writer.stamp ?? (await writer.lock({ nodeIds: [], relationships: [] }))).now;
      const outcome: WriteOutcome = { ...done, at, by };
      if (idempotent) await remember(run, idempotent, outcome, at);
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

/**
 * One write transaction, run again once when it lost a race to create the same node: the unique
 * id constraint makes the second creator wait for the first and then fail; run again, it finds
 * the node, locks it and is stamped after the first (clock.ts).
 */
async function writeOnce<T>(context: Context, work: (run: Run) => Promise<T>): Promise<T> {
  try {
    return await context.db.transaction('WRITE', work);
  } catch (error) {
    if (!isConstraintRace(error)) throw error;
    return context.db.transaction('WRITE', work);
  }
}

function isConstraintRace(error: unknown): boolean {
  const code = (error as { code?: unknown; cause?: { code?: unknown } } | null)?.code;
  const cause = (error as { cause?: { code?: unknown } } | null)?.cause?.code;
  return [code, cause].includes('Neo.ClientError.Schema.ConstraintValidationFailed');
}
