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

/** Whom a measure reaches (docs/exposure.md): absent means NAMED_TARGETS, its TARGETS only. */
export const SCOPE_KINDS = ['NAMED_TARGETS', 'ALL_DESTINATIONS', 'ALL_EXCEPT'] as const;

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
  /** A short name for lists and captions; the description says the rest. */
  title: NonEmptyText.max(80, 'a title is a short name: at most 80 characters').optional(),
  description: NonEmptyText,
  /**
   * Whom it reaches: its TARGETS (NAMED_TARGETS, the default), every country but the imposer
   * (ALL_DESTINATIONS), or all but those it EXEMPTS (ALL_EXCEPT). The scope is a fact with its own
   * provenance: `scopeQuote` (word for word), or `scopeInferred` with `scopeRationale`.
   */
  scope: z.enum(SCOPE_KINDS).optional(),
  scopeQuote: z.string().min(1).optional(),
  scopeInferred: z.boolean().optional(),
  scopeRationale: NonEmptyText.optional(),
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
  const open = measure.scope === 'ALL_DESTINATIONS' || measure.scope === 'ALL_EXCEPT';
  const scopeFacts = ['scopeQuote', 'scopeInferred', 'scopeRationale'] as const;
  for (const key of scopeFacts) {
    if (measure[key] !== undefined && !open) {
      ctx.addIssue({
        code: 'custom',
        path: [key],
        message: `${key} belongs to a scope of ALL_DESTINATIONS or ALL_EXCEPT`,
      });
    }
  }
  if (open && measure.scopeQuote === undefined && measure.scopeInferred !== true) {
    ctx.addIssue({
      code: 'custom',
      path: ['scopeQuote'],
      message:
        'a scope of all destinations needs the words that say so (scopeQuote), or scopeInferred: true with a scopeRationale',
    });
  }
  if (measure.scopeInferred === true && measure.scopeRationale === undefined) {
    ctx.addIssue({
      code: 'custom',
      path: ['scopeRationale'],
      message: 'an inferred scope needs a scopeRationale',
    });
  }
  // The date order is checked once the reader knows which changes are retracted
  // (status-history.ts): a retracted change no longer counts.
});
