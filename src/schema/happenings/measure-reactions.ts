import { builder } from '../../builder.ts';
import { relation } from '../lists/relation-field.ts';
import { ImpactEstimateRef, MeasureRef, ObservationRef } from '../nodes/node-refs.ts';
import { FactRef } from '../provenance/fact.ts';
import { comparedBy } from './event.ts';

/**
 * The relationships that end at a measure, read from the measure's side: what answered it, what
 * markets did after it, what it would cost, who spoke of it. They are added here, beside the
 * types at their other end, so that measure.ts stays about the measure itself.
 */
builder.objectFields(MeasureRef, (t) => ({
  responses: relation(t, {
    type: FactRef,
    name: 'MeasureResponses',
    spec: { type: 'RESPONDS_TO', direction: 'in', label: 'Entity' },
    description: 'The events, measures or statements that answer it.',
  }),
  mentionedIn: relation(t, {
    type: FactRef,
    name: 'MeasureMentionedIn',
    spec: { type: 'ABOUT', direction: 'in', label: 'Entity' },
    description: 'Statements and events about it: who said what of it.',
  }),
  followedBy: relation(t, {
    type: ObservationRef,
    name: 'MeasureFollowedBy',
    spec: { type: 'FOLLOWS', direction: 'in', label: 'Observation' },
    description: 'Movements observed after it: share prices, indexes, trade.',
  }),
  scenarioOf: relation(t, {
    type: ImpactEstimateRef,
    name: 'MeasureScenarioOf',
    spec: { type: 'OF_SCENARIO', direction: 'in', label: 'ImpactEstimate' },
    description: 'Estimates of what it would cost, where it is the scenario costed.',
  }),
  comparedFrom: relation(t, {
    type: FactRef,
    name: 'MeasureComparedFrom',
    spec: { type: 'COMPARED_TO', direction: 'in', label: 'Entity' },
    description: 'Later events or measures likened to it; the edge says who likened them.',
    edgeFields: (e) => ({ by: comparedBy(e) }),
  }),
}));
