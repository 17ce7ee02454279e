// Upserts of figures: observations (market moves), trade flows, supply dependencies and impact
// estimates. Their ends (OF, FROM, TO, OF_GOOD, IMPORTER, SUPPLIER, FOR …) are `link`s.
import { builder } from '../../builder.ts';
import { PartialDateInput, QuantityInput } from './inputs.ts';
import { nodeUpsert } from './payload.ts';

const ObservationInput = builder.inputType('ObservationInput', {
  fields: (t) => ({
    id: t.string({ required: true, description: '`observation:…`' }),
    metric: t.string({ required: true }),
    change: t.field({ type: QuantityInput, required: false }),
    direction: t.string({
      required: false,
      description: 'UP, DOWN, STEADY, RECORD_HIGH or NO_DECLINE.',
    }),
    observedOn: t.field({ type: PartialDateInput, required: false }),
    instrument: t.string({ required: false }),
    description: t.string({ required: false }),
  }),
});

const TradeFlowInput = builder.inputType('TradeFlowInput', {
  fields: (t) => ({
    id: t.string({ required: true, description: '`trade-flow:…`' }),
    period: t.field({ type: PartialDateInput, required: true }),
    quantity: t.field({ type: QuantityInput, required: true }),
    change: t.field({ type: QuantityInput, required: false }),
    description: t.string({ required: false }),
  }),
});

const SupplyDependencyInput = builder.inputType('SupplyDependencyInput', {
  fields: (t) => ({
    id: t.string({ required: true, description: '`supply-dependency:…`' }),
    share: t.float({
      required: true,
      description: 'The fraction (0..1) of the importer’s supply from the supplier.',
    }),
    approximate: t.boolean({ required: false }),
    asOf: t.field({ type: PartialDateInput, required: false }),
    description: t.string({ required: false }),
  }),
});

const ImpactEstimateInput = builder.inputType('ImpactEstimateInput', {
  fields: (t) => ({
    id: t.string({ required: true, description: '`impact-estimate:…`' }),
    metric: t.string({ required: true }),
    estimate: t.field({ type: QuantityInput, required: true }),
    estimateConverted: t.field({ type: QuantityInput, required: false }),
    scenario: t.string({ required: true }),
    durationMonths: t.int({ required: false }),
    description: t.string({ required: false }),
  }),
});

const FIGURES = [
  ['upsertObservation', 'Observation', ObservationInput, 'a market move or other observation'],
  ['upsertTradeFlow', 'TradeFlow', TradeFlowInput, 'a trade flow (FROM, TO, OF_GOOD)'],
  [
    'upsertSupplyDependency',
    'SupplyDependency',
    SupplyDependencyInput,
    'a supply share (IMPORTER, SUPPLIER, OF_GOOD), a weight in exposure scores',
  ],
  ['upsertImpactEstimate', 'ImpactEstimate', ImpactEstimateInput, 'an impact estimate'],
] as const;

for (const [field, label, input, what] of FIGURES) {
  nodeUpsert({
    field,
    label,
    input: input,
    description: `Creates ${what} or restates it.`,
  });
}
