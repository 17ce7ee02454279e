import { ActorRef } from '../actors/actor.ts';
import { relation } from '../lists/relation-field.ts';
import { isA, number, present, text } from '../nodes/node-props.ts';
import { ImpactEstimateRef, MeasureRef } from '../nodes/node-refs.ts';
import { FactRef } from '../provenance/fact.ts';
import { Quantity, quantity } from '../scalars.ts';

ImpactEstimateRef.implement({
  description:
    'A forecast of what a scenario costs: ¥660 billion to Japanese companies for a three-month curb on rare earths.',
  interfaces: [FactRef],
  isTypeOf: isA('ImpactEstimate'),
  fields: (t) => ({
    metric: t.string({
      description: 'What is estimated: "cost to Japanese companies", "change in Japan’s GDP".',
      resolve: (e) => text(e, 'metric') ?? '',
    }),
    estimate: t.field({
      type: Quantity,
      description: 'The estimate as the source gives it, signed (−0.11 percent of GDP).',
      resolve: (e) => present(quantity(e.props, 'estimate')),
    }),
    estimateConverted: t.field({
      type: Quantity,
      nullable: true,
      description:
        'The same estimate in another currency, where the source gives it ($4.21 billion).',
      resolve: (e) => quantity(e.props, 'estimateConverted'),
    }),
    scenario: t.string({
      description: 'The scenario in the source’s words; `ofScenario` is the measure it describes.',
      resolve: (e) => text(e, 'scenario') ?? '',
    }),
    durationMonths: t.int({
      nullable: true,
      description: 'How long the scenario lasts.',
      resolve: (e) => number(e, 'durationMonths'),
    }),
    description: t.string({ nullable: true, resolve: (e) => text(e, 'description') }),
    estimatedBy: relation(t, {
      type: ActorRef,
      name: 'ImpactEstimateEstimatedBy',
      spec: { type: 'ESTIMATED_BY', direction: 'out', label: 'Actor' },
      description: 'Who made the forecast: an economist, a research institute.',
    }),
    ofScenario: relation(t, {
      type: MeasureRef,
      name: 'ImpactEstimateOfScenario',
      spec: { type: 'OF_SCENARIO', direction: 'out', label: 'Measure' },
      description: 'The (often hypothetical) measure whose cost is estimated.',
    }),
    for: relation(t, {
      type: FactRef,
      name: 'ImpactEstimateFor',
      spec: { type: 'FOR', direction: 'out', label: 'Entity' },
      description: 'Who would bear the cost: a country, a sector, a company.',
    }),
  }),
});
