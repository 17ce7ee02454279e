// The node entries of a seed file: one strict schema per label, so a misspelt property is an
// error rather than a silently dropped value.
import { z } from 'zod';
import { MeasureSchema, type StatusChangeSchema } from './format-measure.ts';
import {
  Aliases,
  NonEmptyText,
  QuantitySchema,
  SeedDateSchema,
  SourceIdSchema,
  UpperSnakeSchema,
  WholeNumberSchema,
} from './format-primitives.ts';
import { factNode } from './labels.ts';

export { MEASURE_KINDS, MEASURE_STATUSES, StatusChangeSchema } from './format-measure.ts';
export { type FactLabel, ID_PREFIX, type InputLabel, type Label, SUPER_LABELS } from './labels.ts';

const actor = {
  name: NonEmptyText,
  aliases: Aliases.optional(),
  description: NonEmptyText.optional(),
};
const organization = {
  ...actor,
  kind: NonEmptyText.optional(),
  stateOwned: z.boolean().optional(),
};

const SourceSchema = z
  .strictObject({
    id: SourceIdSchema,
    label: z.literal('Source').default('Source'),
    kind: z.enum(['ARTICLE', 'STANDARD', 'DATASET', 'REPORT', 'OTHER']),
    title: NonEmptyText,
    /** True when the project gave the document its title (the article came without one). */
    titleSupplied: z.boolean().default(false),
    publisher: NonEmptyText.optional(),
    publishedOn: SeedDateSchema.optional(),
    url: z.url().optional(),
    language: z
      .string()
      .regex(/^[a-z]{2}$/, 'expected an ISO 639-1 code such as "en"')
      .optional(),
    version: NonEmptyText.optional(),
    description: NonEmptyText.optional(),
    /** The document's text, inline; or `textFile`, relative to the seed file that declares it. */
    text: z.string().min(1).optional(),
    textFile: NonEmptyText.optional(),
  })
  .refine((source) => !(source.text !== undefined && source.textFile !== undefined), {
    message: 'give a source either text or textFile, not both',
    path: ['textFile'],
  });

export { SourceSchema };

export const NodeSchema = z.discriminatedUnion('label', [
  factNode('Country', {
    ...actor,
    /** ISO 3166-1's English short name where it is not the name people use ("Taiwan, Province of China"). */
    officialName: NonEmptyText.optional(),
    iso2: z.string().regex(/^[A-Z]{2}$/),
    iso3: z.string().regex(/^[A-Z]{3}$/),
    isoNumeric: z.string().regex(/^\d{3}$/),
  }),
  factNode('Person', actor),
  factNode('Company', organization),
  factNode('GovernmentBody', organization),
  factNode('MediaOutlet', organization),
  factNode('ResearchInstitute', organization),
  factNode('Commodity', {
    name: NonEmptyText,
    aliases: Aliases.optional(),
    description: NonEmptyText.optional(),
    definition: NonEmptyText.optional(),
    hsCodes: z
      .array(z.string().regex(/^\d{2}$|^\d{4}$|^\d{4}\.\d{2}$/, 'expected 03, 2846 or 2805.30'))
      .min(1)
      .optional(),
    hsEdition: NonEmptyText.optional(),
    hsHeadingText: NonEmptyText.optional(),
    controlCategory: NonEmptyText.optional(),
  }),
  factNode('Sector', {
    name: NonEmptyText,
    aliases: Aliases.optional(),
    description: NonEmptyText.optional(),
  }),
  MeasureSchema,
  factNode('Event', {
    kind: UpperSnakeSchema,
    /** A short name for lists and captions; the summary says the rest. */
    title: NonEmptyText.max(80, 'a title is a short name: at most 80 characters').optional(),
    summary: NonEmptyText,
    occurredOn: SeedDateSchema.optional(),
    endedOn: SeedDateSchema.optional(),
    durationMonths: WholeNumberSchema.optional(),
    /** Scheduled but not yet happened at the source's date (Trump's visit in April). */
    planned: z.boolean().optional(),
    /** What came of it, as the source tells ("which she has not done"). */
    outcome: NonEmptyText.optional(),
  }),
  factNode('Statement', {
    text: NonEmptyText,
    /** Verbatim (true) or reported speech (false). */
    direct: z.boolean(),
    saidOn: SeedDateSchema.optional(),
    /** Who said it, in the source's words, when no Actor node can be named ("Analysts"). */
    attributedTo: NonEmptyText.optional(),
    /** The source hedges the attribution ("reportedly urged"). */
    reportedly: z.boolean().optional(),
  }),
  factNode('Observation', {
    metric: NonEmptyText,
    change: QuantitySchema.optional(),
    direction: z.enum(['UP', 'DOWN', 'STEADY', 'RECORD_HIGH', 'NO_DECLINE']).optional(),
    observedOn: SeedDateSchema.optional(),
    instrument: NonEmptyText.optional(),
    description: NonEmptyText.optional(),
  }),
  factNode('TradeFlow', {
    period: SeedDateSchema,
    quantity: QuantitySchema,
    change: QuantitySchema.optional(),
    description: NonEmptyText.optional(),
  }),
  factNode('SupplyDependency', {
    /** Fraction 0..1 of the importer's supply from the supplier: a weight in exposure scores. */
    share: z.number().min(0).max(1),
    approximate: z.boolean().default(false),
    asOf: SeedDateSchema.optional(),
    description: NonEmptyText.optional(),
  }),
  factNode('ImpactEstimate', {
    metric: NonEmptyText,
    estimate: QuantitySchema,
    /** The same estimate in another currency, as the source gives it (¥660bn = $4.21bn). */
    estimateConverted: QuantitySchema.optional(),
    scenario: NonEmptyText,
    durationMonths: WholeNumberSchema.optional(),
    description: NonEmptyText.optional(),
  }),
]);

export type SourceEntry = z.output<typeof SourceSchema>;
export type NodeEntry = z.output<typeof NodeSchema>;
export type NodeEntryInput = z.input<typeof NodeSchema>;
export type MeasureEntry = Extract<NodeEntry, { label: 'Measure' }>;
export type StatusChangeEntry = z.output<typeof StatusChangeSchema>;
