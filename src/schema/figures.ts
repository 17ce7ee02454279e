import { FactRef } from './fact.ts';
import {
  ImpactEstimateRef,
  ObservationRef,
  SupplyDependencyRef,
  TradeFlowRef,
} from './node-refs.ts';
import { isA, text } from './props.ts';

ObservationRef.implement({
  description: 'A measured movement: an index fell 1%, exports rose 35%.',
  interfaces: [FactRef],
  isTypeOf: isA('Observation'),
  fields: (t) => ({ metric: t.string({ resolve: (o) => text(o, 'metric') ?? '' }) }),
});

TradeFlowRef.implement({
  description: 'Goods moving from one country to another in a period.',
  interfaces: [FactRef],
  isTypeOf: isA('TradeFlow'),
  fields: (t) => ({
    description: t.string({ nullable: true, resolve: (f) => text(f, 'description') }),
  }),
});

SupplyDependencyRef.implement({
  description: 'The share of an importer’s supply of a good that comes from one supplier.',
  interfaces: [FactRef],
  isTypeOf: isA('SupplyDependency'),
  fields: (t) => ({
    description: t.string({ nullable: true, resolve: (d) => text(d, 'description') }),
  }),
});

ImpactEstimateRef.implement({
  description: 'A forecast of what a scenario costs.',
  interfaces: [FactRef],
  isTypeOf: isA('ImpactEstimate'),
  fields: (t) => ({ metric: t.string({ resolve: (e) => text(e, 'metric') ?? '' }) }),
});
