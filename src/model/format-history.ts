// The `history:` section an export writes into each file: the knowledge time of every node and
// relationship of the file and their earlier versions, so that importing the export with
// `--restore` rebuilds the graph exactly (docs/history.md, docs/import-export.md).
import { z } from 'zod';
import type { NormalizedHistory, Props, PropValue } from './format.ts';
import { NonEmptyText } from './format-primitives.ts';

/**
 * Fields the write path keeps on every node and relationship besides its data. They are not
 * compared when deciding whether a write changes anything, and an import never writes the
 * `retracted…` ones (retraction is a mutation; an import never un-retracts).
 */
export const KNOWLEDGE_KEYS = [
  'assertedAt',
  'assertedBy',
  'updatedAt',
  'updatedBy',
  'retractedAt',
  'retractedBy',
  'retractionReason',
] as const;
export type KnowledgeKey = (typeof KNOWLEDGE_KEYS)[number];

/** Knowledge-time fields that hold a DateTime; the others are strings. */
const INSTANT_KEYS: ReadonlySet<string> = new Set(['assertedAt', 'updatedAt', 'retractedAt']);

/** An instant written the way the export writes it: ISO 8601 in UTC, `…Z`. */
const Instant = z.iso.datetime({ error: 'expected an instant like 2026-01-08T10:00:00.000Z' });

const Scalar = z.union([z.string(), z.number(), z.boolean()]);
/** A stored property as the export writes it: Neo4j types that JSON cannot tell apart are tagged. */
const TypedValue = z.union([
  Scalar,
  z.array(Scalar),
  z.strictObject({ $int: z.number().int() }),
  z.strictObject({ $date: z.iso.date() }),
  z.strictObject({ $datetime: Instant }),
]);

const VersionSchema = z.strictObject({
  number: z.number().int().positive(),
  supersededAt: Instant,
  supersededBy: NonEmptyText,
  /** Every property the version was stored with, but its own id and the version fields. */
  props: z.record(z.string(), TypedValue),
});

export const HistoryEntrySchema = z
  .strictObject({
    /** A node, relationship, status change or HAD_STATUS link of this file. */
    id: z.string().min(1),
    assertedAt: Instant,
    assertedBy: NonEmptyText,
    updatedAt: Instant.optional(),
    updatedBy: NonEmptyText.optional(),
    retractedAt: Instant.optional(),
    retractedBy: NonEmptyText.optional(),
    retractionReason: NonEmptyText.optional(),
    versions: z.array(VersionSchema).default([]),
  })
  .refine((entry) => entry.versions.every((version, index) => version.number === index + 1), {
    message: 'versions must be numbered 1, 2, 3 … oldest first',
    path: ['versions'],
  });

export type HistoryEntry = z.output<typeof HistoryEntrySchema>;

/** The id of the n-th earlier version of a node or relationship. */
export const versionId = (id: string, number: number) => `${id}@${number}`;

export function normalizeHistory(entry: HistoryEntry): NormalizedHistory {
  const knowledge: Props = {};
  for (const key of KNOWLEDGE_KEYS) {
    const value = entry[key];
    if (value !== undefined) knowledge[key] = INSTANT_KEYS.has(key) ? { $datetime: value } : value;
  }
  const versions = entry.versions.map(
    (version): Props => ({
      ...(version.props as Record<string, PropValue>),
      id: versionId(entry.id, version.number),
      versionOf: entry.id,
      versionNumber: { $int: version.number },
      supersededAt: { $datetime: version.supersededAt },
      supersededBy: version.supersededBy,
    }),
  );
  return { id: entry.id, knowledge, versions };
}

/** The inverse of `normalizeHistory`, for the export: Version node properties back to entries. */
export function historyEntry(
  id: string,
  knowledge: Props,
  versions: Props[],
): Record<string, unknown> {
  const entry: Record<string, unknown> = { id };
  for (const key of KNOWLEDGE_KEYS) {
    const value = knowledge[key];
    if (value === undefined || value === null) continue;
    entry[key] = typeof value === 'object' && '$datetime' in value ? value.$datetime : value;
  }
  if (versions.length > 0) {
    entry.versions = versions.map((stored) => {
      const {
        id: _id,
        versionOf: _of,
        versionNumber,
        supersededAt,
        supersededBy,
        ...props
      } = stored;
      return {
        number: (versionNumber as { $int: number }).$int,
        supersededAt: (supersededAt as { $datetime: string }).$datetime,
        supersededBy,
        props,
      };
    });
  }
  return entry;
}
