// Measures: a state's act with a kind and a dated status history (a measure's status at a date
// is its last change on or before that date), or a hypothetical scenario analysts cost out.
import { z } from 'zod';
import {
  Confidence,
  NonEmptyText,
  provenanceRules,
  SeedDateSchema,
  SourceIdSchema,
  WholeNumberSchema,
} from './format-primitives.ts';
import { factNode } from './labels.ts';

export const MEASURE_KINDS = [
  'EXPORT_BAN',
  'EXPORT_CONTROL',
  'IMPORT_BAN',
  'LICENCE_TIGHTENING',
  'TRAVEL_ADVISORY',
  'EVENT_CANCELLATION',
  'SANCTION',
  'TARIFF',
  'OTHER',
] as const;

export const MEASURE_STATUSES = [
  'UNDER_CONSIDERATION',
  'ANNOUNCED',
  'IN_FORCE',
  'SUSPENDED',
  'LIFTED',
] as const;

/** One change of a measure's status; its provenance defaults to the measure's. */
export const StatusChangeSchema = provenanceRules(
  z.strictObject({
    status: z.enum(MEASURE_STATUSES),
    on: SeedDateSchema,
    sourceIds: z.array(SourceIdSchema).min(1).optional(),
    quote: z.string().min(1).optional(),
    confidence: Confidence.optional(),
    inferred: z.boolean().default(false),
    rationale: NonEmptyText.optional(),
  }),
);

export const MeasureSchema = factNode('Measure', {
  kind: z.enum(MEASURE_KINDS),
  description: NonEmptyText,
  /** A scenario analysts cost out (Kiuchi's "three-month curb"), not an act of a state. */
  hypothetical: z.boolean().default(false),
  durationMonths: WholeNumberSchema.optional(),
  statusHistory: z.array(StatusChangeSchema).default([]),
}).superRefine((measure, ctx) => {
  const history = measure.statusHistory;
  if (!measure.hypothetical && history.length === 0) {
    ctx.addIssue({
      code: 'custom',
      path: ['statusHistory'],
      message: 'a measure that is not hypothetical needs at least one status (statusHistory)',
    });
  }
  // The date order is checked once the reader knows which changes are retracted
  // (status-history.ts): a retracted change no longer counts.
});
