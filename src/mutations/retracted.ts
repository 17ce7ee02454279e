// A retracted fact is final: restating it (upsert, link) does not bring it back. Refused with a
// ConflictError that says when, by whom and why it was retracted, and how to assert it anew.
import type { Run } from '../load/session.ts';
import { ConflictError } from '../schema/errors.ts';
import { findRetraction } from './queries.ts';

export type Restated = { id: string } | { id: string; type: string; from: string };

export async function refuseRetracted(run: Run, fact: Restated): Promise<void> {
  const relationship = 'type' in fact;
  const [retraction] = await run(findRetraction, {
    id: fact.id,
    type: relationship ? fact.type : null,
    from: relationship ? fact.from : null,
  });
  if (!retraction) return;
  const why = retraction.reason ? ` ("${retraction.reason}")` : '';
  const anew = relationship
    ? 'to assert it anew, link the same nodes with a new `key`'
    : 'to assert it anew, write it under a new id';
  throw new ConflictError(
    `"${fact.id}" was retracted at ${retraction.at} by ${retraction.by ?? 'unknown'}${why}; a retraction is final and restating the fact does not undo it: ${anew}.`,
    fact.id,
  );
}
