// The seed file format (what analysts write) and its normalised form (what the writer loads).
// Entry schemas live in format-nodes.ts and format-relationships.ts; docs/seed-format.md
// explains the format with an example.
import { z } from 'zod';
import { NodeSchema, SourceSchema } from './format-nodes.ts';
import { SourceIdSchema } from './format-primitives.ts';
import { RelationshipSchema } from './format-relationships.ts';

export type { InputLabel, Label, NodeEntry, SourceEntry } from './format-nodes.ts';
export {
  ID_PREFIX,
  MEASURE_KINDS,
  MEASURE_STATUSES,
  NodeSchema,
  SourceSchema,
  SUPER_LABELS,
} from './format-nodes.ts';
export { Quantity, SeedDate, WholeNumber } from './format-primitives.ts';
export type { RelationshipEntry, RelationshipType } from './format-relationships.ts';
export { RELATIONSHIP_ENDS, RelationshipSchema, relationshipId } from './format-relationships.ts';

/** A whole seed file. The reader validates entry by entry with the same schemas. */
export const SeedFileSchema = z.strictObject({
  /** Used for every node and relationship that names no `sourceIds` of its own. */
  defaultSourceIds: z.array(SourceIdSchema).min(1).optional(),
  sources: z.array(SourceSchema).default([]),
  nodes: z.array(NodeSchema).default([]),
  relationships: z.array(RelationshipSchema).default([]),
});

export type SeedFileInput = z.input<typeof SeedFileSchema>;

// ---- The normalised form: flat properties that Neo4j can store as they are. ----

/**
 * `$date` is an ISO day (the first day of a month or year); `$int` must become a Neo4j Integer;
 * `$datetime` is an instant in UTC (`2026-01-08T10:00:00.000Z`), a Neo4j DateTime: knowledge
 * time (`assertedAt` …), which only an export's `history:` carries into a file.
 */
export type PropValue =
  | string
  | number
  | boolean
  | null
  | string[]
  | number[]
  | boolean[]
  | { $date: string }
  | { $int: number }
  | { $datetime: string };

export type Props = Record<string, PropValue>;

export interface NormalizedNode {
  id: string;
  /** Primary label first, then super-labels (Organization, Actor). */
  labels: string[];
  props: Props;
}

export interface NormalizedRelationship {
  /** `${from}-[${type}${key ? '#' + key : ''}]->${to}` */
  id: string;
  type: string;
  from: string;
  to: string;
  props: Props;
}

/**
 * Each entry of a measure's statusHistory becomes a node labelled StatusChange with id
 * `${measureId}/status/${index}`, joined by (measure)-[:HAD_STATUS]->(change).
 */
export interface MeasureStatusChange extends NormalizedNode {
  labels: ['StatusChange'];
  props: Props & {
    status: string;
    on: { $date: string };
    onPrecision: 'year' | 'month' | 'day';
    index: { $int: number };
  };
}

/**
 * What an export recorded about one node or relationship of the file (read with `restore` only):
 * its knowledge-time fields and the full properties of each earlier version (docs/history.md).
 */
export interface NormalizedHistory {
  id: string;
  /** `assertedAt`, `assertedBy` and, where set, `updatedAt`/`updatedBy`/`retracted…`. */
  knowledge: Props;
  /** The Version nodes, oldest first, with every property they are stored with. */
  versions: Props[];
}

export interface NormalizedSeedFile {
  /** Path relative to the folder given to readSeed, with `/` separators. */
  file: string;
  nodes: NormalizedNode[];
  relationships: NormalizedRelationship[];
  history?: NormalizedHistory[];
}

export interface SeedError {
  file: string;
  /** Where in the file: `nodes[12].quote`; empty for the file as a whole. */
  path: string;
  message: string;
  /** 1-based line of the offending value (or its nearest existing parent), when known. */
  line?: number;
}

export type ReadResult =
  | { ok: true; files: NormalizedSeedFile[] }
  | { ok: false; errors: SeedError[] };
