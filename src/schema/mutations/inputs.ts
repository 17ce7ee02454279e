// Input types shared by the mutations. They mirror the seed format field for field (its names,
// its shapes), so a mutation's input becomes a seed entry without translation and the seed's
// rules, with their messages, apply (docs/seed-format.md).
import { builder } from '../../builder.ts';
import { MeasureStatus } from '../measures/measure.ts';

export const ProvenanceInput = builder.inputType('ProvenanceInput', {
  description:
    'Says who: at least one source, and the exact words of each (`quote`), or `inferred: true` with a `rationale`.',
  fields: (t) => ({
    sourceIds: t.idList({
      required: true,
      description: 'Sources in the graph: ids (`source:…`) or their global ids.',
    }),
    quote: t.string({
      required: false,
      description: 'Word for word from the text of each source; required unless inferred.',
    }),
    confidence: t.float({ required: true, description: 'How sure the analyst is, 0..1.' }),
    inferred: t.boolean({
      required: false,
      description: 'True where an analyst concluded it and no source says it.',
    }),
    rationale: t.string({ required: false, description: 'Why; required when inferred.' }),
  }),
});

export const PartialDateInput = builder.inputType('PartialDateInput', {
  description: 'A date as the source gives it: 2026, 2025-11 or 2026-01-07.',
  fields: (t) => ({
    on: t.string({ required: true, description: 'YYYY, YYYY-MM or YYYY-MM-DD.' }),
    inferred: t.boolean({
      required: false,
      description: 'True when the source does not print it.',
    }),
    rationale: t.string({ required: false, description: 'Why, when inferred.' }),
  }),
});

export const QuantityInput = builder.inputType('QuantityInput', {
  description:
    'An amount: `unit` is an ISO 4217 currency (JPY, USD) or percent, percentage_points, metric_ton, index_points, count.',
  fields: (t) => ({
    value: t.float({ required: true }),
    unit: t.string({ required: true }),
    approximate: t.boolean({ required: false, description: '"about", "around", "roughly"' }),
  }),
});

export const MeasureStatusInput = builder.inputType('MeasureStatusInput', {
  description: 'A measure’s first status, when it is created.',
  fields: (t) => ({
    status: t.field({ type: MeasureStatus, required: true }),
    on: t.field({ type: PartialDateInput, required: true }),
    provenance: t.field({
      type: ProvenanceInput,
      required: false,
      description: 'The words that date it; the measure’s own provenance when absent.',
    }),
  }),
});

/** Fields every named thing has (actors, goods, sectors). */
export const NAMED = {
  id: 'Its id, `<prefix>:<readable-slug>`; an existing id restates that node.',
  name: 'Its name.',
  aliases: 'Other names: full-text search finds it by any of them.',
};
