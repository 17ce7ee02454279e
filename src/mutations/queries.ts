// Every query of the mutations (cypher/mutations/), declared in one place; the write itself goes
// through the load path's queries (src/load/queries.ts).
import { defineQuery } from '../db/cypher.ts';

export interface ReferencedNode {
  id: string;
  labels: string[];
  text: string | null;
  statusChanges: number;
  /** Indexes of the measure's status changes that are retracted. */
  retractedChanges: number[];
  retracted: boolean;
}

export const findReferencedNodes = defineQuery<{ ids: string[] }, ReferencedNode>(
  'mutations/find-referenced-nodes',
  ['ids'],
);

export const findRetraction = defineQuery<
  { id: string; type: string | null; from: string | null },
  { at: string; by: string | null; reason: string | null }
>('mutations/find-retraction', ['id', 'type', 'from']);

export interface StoredMeasure {
  props: Record<string, unknown>;
  changes: Record<string, unknown>[];
}

export const findMeasureHistory = defineQuery<{ id: string }, StoredMeasure>(
  'mutations/find-measure-history',
  ['id'],
);

export const claimIdempotencyKey = defineQuery<
  { id: string; by: string; checksum: string; mutation: string },
  { fresh: boolean; checksum: string; result: string | null }
>('mutations/claim-idempotency-key', ['id', 'by', 'checksum', 'mutation']);

export const recordIdempotentResult = defineQuery<
  { id: string; result: string; now: unknown },
  never
>('mutations/record-idempotent-result', ['id', 'result', 'now']);

interface Retraction {
  now: unknown;
  by: string;
  reason: string;
}

export const retractNode = defineQuery<
  Retraction & { id: string },
  {
    labels: string[];
    already: boolean;
    retractedAt: string;
    retractedBy: string;
    measureId: string | null;
  }
>('mutations/retract-node', ['id', 'now', 'by', 'reason']);

export const retractRelationship = defineQuery<
  Retraction & { id: string; from: string; type: string },
  { already: boolean; retractedAt: string; retractedBy: string }
>('mutations/retract-relationship', ['id', 'from', 'type', 'now', 'by', 'reason']);

export const findBrokenQuotes = defineQuery<{ id: string; text: string }, { factId: string }>(
  'mutations/find-broken-quotes',
  ['id', 'text'],
);
