// Every query of the load path (seed, import, export), declared in one place so that importing
// the writer registers them all (test/db/cypher-files.test.ts checks each file and its $params).
import { defineQuery } from '../db/cypher.ts';

export type Outcome = 'created' | 'updated' | 'unchanged' | 'conflict' | 'dangling';
export type OutcomeRow = { outcome: Outcome; count: number; ids: string[] };

export interface EntityRow {
  id: string;
  props: Record<string, unknown>;
  /** Recorded knowledge time (restoring an export), or null: `assertedAt` is now. */
  knowledge: Record<string, unknown> | null;
  /** Recorded earlier versions (restoring an export), as Version node properties. */
  versions: Record<string, unknown>[];
}
export type NodeRow = EntityRow & { labels: string[] };
export type RelationshipRow = EntityRow & { type: string; from: string; to: string };

interface WriteParams<Row> {
  rows: Row[];
  now: unknown;
  by: string;
  knowledgeKeys: readonly string[];
}
const WRITE_PARAMS = ['rows', 'now', 'by', 'knowledgeKeys'] as const;
type CreateParams<Row> = Omit<WriteParams<Row>, 'knowledgeKeys'>;
const CREATE_PARAMS = ['rows', 'now', 'by'] as const;

export const mergeNodes = defineQuery<WriteParams<NodeRow>, OutcomeRow>(
  'load/merge-nodes',
  WRITE_PARAMS,
);
export const mergeRelationships = defineQuery<WriteParams<RelationshipRow>, OutcomeRow>(
  'load/merge-relationships',
  WRITE_PARAMS,
);

/** Rows the lock pass did not find: created without a stored fact to compare with. */
export const createNodes = defineQuery<CreateParams<NodeRow>, OutcomeRow>(
  'load/create-nodes',
  CREATE_PARAMS,
);
export const createRelationships = defineQuery<CreateParams<RelationshipRow>, OutcomeRow>(
  'load/create-relationships',
  CREATE_PARAMS,
);

export const findKnownNodes = defineQuery<
  { ids: string[] },
  {
    id: string;
    labels: string[];
    text: string | null;
    statusChanges: number;
    retractedChanges: number[];
  }
>('load/find-known-nodes', ['ids']);

export const findGraphNodes = defineQuery<Record<string, never>, never>(
  'load/find-graph-nodes',
  [],
);
export const findGraphRelationships = defineQuery<Record<string, never>, never>(
  'load/find-graph-relationships',
  [],
);

/** What a write touches: the nodes it writes, and the relationships (by start node) it writes. */
export interface LockParams {
  /** Sorted by id; `written`: the write changes the node (not only locks it as a start node). */
  locks: { id: string; written: boolean }[];
  relationships: { id: string; type: string; from: string }[];
}
/** The latest instant stored on what is written; which nodes and relationships were found. */
export interface LockRow {
  latest: number | null;
  nodes: string[];
  relationships: string[];
}
export const lockEntities = defineQuery<LockParams, LockRow>('load/lock-entities', [
  'locks',
  'relationships',
]);
export const readClock = defineQuery<Record<string, never>, { now: number }>('load/read-clock', []);
