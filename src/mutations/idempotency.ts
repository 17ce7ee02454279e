// Idempotency keys: a client that is not sure its mutation arrived (a timeout, a dropped
// connection) sends it again with the same key and gets the first result back, with nothing
// written twice. The record lives in the graph, written in the mutation's own transaction, so
// the writes and their record commit together or not at all.
import { createHash } from 'node:crypto';
import type { Run } from '../load/session.ts';
import { toDateTime } from '../load/to-neo4j.ts';
import { ConflictError, ValidationError } from '../schema/errors.ts';
import { claimIdempotencyKey, recordIdempotentResult } from './queries.ts';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** The longest key accepted: a UUID is 36 characters; room for a client's own prefixes. */
export const MAX_KEY_LENGTH = 200;

/** A stable digest of a request: the same mutation with the same arguments, whatever their order. */
export function requestChecksum(mutation: string, args: Record<string, unknown>): string {
  const { idempotencyKey: _key, ...rest } = args;
  return sha256(stableJson({ mutation, args: rest }));
}

export interface IdempotentCall {
  key: string;
  /** Who asks: keys are per caller, so two callers' keys never collide. */
  by: string;
  mutation: string;
  checksum: string;
}

/**
 * Claims the key in the transaction. Returns the stored result when the key was used before for
 * the same request; throws ConflictError when it was used for another request; returns undefined
 * when this request is the first, which must then `remember` its result.
 */
export async function replayed<T>(run: Run, call: IdempotentCall): Promise<T | undefined> {
  if (call.key.length === 0 || call.key.length > MAX_KEY_LENGTH) {
    const message = `an idempotency key has 1 to ${MAX_KEY_LENGTH} characters; got ${call.key.length}`;
    throw new ValidationError([{ path: 'idempotencyKey', message }]);
  }
  const [claim] = await run(claimIdempotencyKey, {
    id: recordId(call),
    by: call.by,
    checksum: call.checksum,
    mutation: call.mutation,
  });
  if (!claim || claim.fresh) return undefined;
  if (claim.checksum !== call.checksum || claim.result === null) {
    throw new ConflictError(
      `The idempotency key "${call.key}" was already used for a different request; use a new key for a new request.`,
    );
  }
  return JSON.parse(claim.result) as T;
}

/** Stores the first result under the key, in the same transaction as its writes. */
export async function remember(run: Run, call: IdempotentCall, result: unknown, now: string) {
  await run(recordIdempotentResult, {
    id: recordId(call),
    result: JSON.stringify(result),
    now: toDateTime(now),
  });
}

/** `idempotency:<caller>:<sha256 of the key>`: the key itself is the client's and is not stored. */
function recordId(call: IdempotentCall): string {
  return `idempotency:${call.by}:${sha256(call.key)}`;
}

function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value)
      .filter(([, item]) => item !== undefined && item !== null)
      .sort(([a], [b]) => (a < b ? -1 : 1));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}
