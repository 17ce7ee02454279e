import { builder } from '../../builder.ts';
import { ActorRef } from '../actors/actor.ts';
import { relation } from '../lists/relation-field.ts';
import { isA, text, textIn } from '../nodes/node-props.ts';
import { ObservationRef } from '../nodes/node-refs.ts';
import { FactRef } from '../provenance/fact.ts';
import { PartialDate, partialDate, Quantity, quantity } from '../scalars.ts';

/** Mirrors the seed schema's `direction` (src/model/format-nodes.ts); a test keeps them equal. */
export const OBSERVATION_DIRECTIONS = [
  'UP',
  'DOWN',
  'STEADY',
  'RECORD_HIGH',
  'NO_DECLINE',
] as const;

export const ObservationDirection = builder.enumType('ObservationDirection', {
  description:
    'Which way the measured thing moved. NO_DECLINE is the source’s own hedge: "does not indicate a decline".',
  values: OBSERVATION_DIRECTIONS,
});

ObservationRef.implement({
  description: 'A measured movement: an index fell 1%, a share price 3%, exports did not decline.',
  interfaces: [FactRef],
  isTypeOf: isA('Observation'),
  fields: (t) => ({
    metric: t.string({
      description: 'What was measured: "share price change".',
      resolve: (o) => text(o, 'metric') ?? '',
    }),
    instrument: t.string({
      nullable: true,
      description: 'The index or share measured: "Nikkei share index".',
      resolve: (o) => text(o, 'instrument'),
    }),
    change: t.field({
      type: Quantity,
      nullable: true,
      description: 'How much it moved, signed: −1 percent is a fall of 1%.',
      resolve: (o) => quantity(o.props, 'change'),
    }),
    direction: t.field({
      type: ObservationDirection,
      nullable: true,
      resolve: (o) => textIn(o, 'direction', OBSERVATION_DIRECTIONS),
    }),
    observedOn: t.field({
      type: PartialDate,
      nullable: true,
      resolve: (o) => partialDate(o.props, 'observedOn'),
    }),
    description: t.string({ nullable: true, resolve: (o) => text(o, 'description') }),
    of: relation(t, {
      type: FactRef,
      name: 'ObservationOf',
      spec: { type: 'OF', direction: 'out', label: 'Entity' },
      description: 'Whose movement: a country’s index, a company’s shares, a good’s exports.',
    }),
    follows: relation(t, {
      type: FactRef,
      name: 'ObservationFollows',
      spec: { type: 'FOLLOWS', direction: 'out', label: 'Entity' },
      description: 'The event or measure it came after (the announcement that rattled markets).',
    }),
    reportedBy: relation(t, {
      type: ActorRef,
      name: 'ObservationReportedBy',
      spec: { type: 'REPORTED_BY', direction: 'out', label: 'Actor' },
      description: 'Who published the figures (China Customs).',
    }),
    contrastsWith: relation(t, {
      type: ObservationRef,
      name: 'ObservationContrastsWith',
      spec: { type: 'CONTRASTS_WITH', direction: 'out', label: 'Observation' },
      description:
        'Movements it goes against: the Nikkei fell as U.S. and European benchmarks hit records.',
    }),
    contrastedBy: relation(t, {
      type: ObservationRef,
      name: 'ObservationContrastedBy',
      spec: { type: 'CONTRASTS_WITH', direction: 'in', label: 'Observation' },
      description: 'Movements that go against it (CONTRASTS_WITH read backwards).',
    }),
  }),
});
