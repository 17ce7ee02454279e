import { ActorRef, OrganizationRef } from './actor.ts';
import './actor-relations.ts';
import './country.ts';
import './actor-roots.ts';
import { dependencyEdge, FirmOrSectorRef, productionEdge } from '../goods/goods-edges.ts';
import { relation } from '../lists/relation-field.ts';
import { isA } from '../nodes/node-props.ts';
import {
  CommodityRef,
  CompanyRef,
  GovernmentBodyRef,
  ImpactEstimateRef,
  MediaOutletRef,
  PersonRef,
  ResearchInstituteRef,
} from '../nodes/node-refs.ts';
import { FactRef } from '../provenance/fact.ts';
import { positionEdge } from './position-edge.ts';

/*
 * The actor types. Fields every actor has are on the Actor and Organization interfaces (actor.ts,
 * actor-relations.ts); here and in country.ts are the ones only one kind has. Relationships that
 * start at an impact estimate are read back from the person, firm or country too, so an analyst
 * can start from any party and walk everything that names it.
 */

PersonRef.implement({
  description: 'An official, executive or analyst.',
  interfaces: [FactRef, ActorRef],
  isTypeOf: isA('Person'),
  fields: (t) => ({
    positions: relation(t, {
      type: ActorRef,
      name: 'PersonPositions',
      spec: { type: 'HOLDS_POSITION', direction: 'out', label: 'Actor' },
      description: 'The countries and organisations it holds a position in, the title on the edge.',
      edgeFields: positionEdge,
    }),
    estimates: relation(t, {
      type: ImpactEstimateRef,
      name: 'PersonEstimates',
      spec: { type: 'ESTIMATED_BY', direction: 'in', label: 'ImpactEstimate' },
      description: 'Forecasts this person made of what a scenario costs.',
    }),
  }),
});

CompanyRef.implement({
  description: 'A firm.',
  interfaces: [FactRef, ActorRef, OrganizationRef, FirmOrSectorRef],
  isTypeOf: isA('Company'),
  fields: (t) => ({
    dependsOn: relation(t, {
      type: CommodityRef,
      name: 'CompanyDependsOn',
      spec: { type: 'DEPENDS_ON', direction: 'out', label: 'Commodity' },
      description: 'Goods it needs: the exposure edge, with how critical each is.',
      edgeFields: dependencyEdge,
    }),
    produces: relation(t, {
      type: CommodityRef,
      name: 'CompanyProduces',
      spec: { type: 'PRODUCES', direction: 'out', label: 'Commodity' },
      description:
        'Goods it makes or sells: exposure through their inputs (a maker of missiles needs magnets).',
      edgeFields: productionEdge,
    }),
    impactEstimates: relation(t, {
      type: ImpactEstimateRef,
      name: 'CompanyImpactEstimates',
      spec: { type: 'FOR', direction: 'in', label: 'ImpactEstimate' },
      description: 'Forecasts of what a scenario would cost it.',
    }),
  }),
});

for (const [ref, label, description] of [
  [GovernmentBodyRef, 'GovernmentBody', 'A ministry, agency or office of a state.'],
  [MediaOutletRef, 'MediaOutlet', 'A newspaper, broadcaster or news agency.'],
  [ResearchInstituteRef, 'ResearchInstitute', 'A think tank or research institute.'],
] as const) {
  ref.implement({
    description,
    interfaces: [FactRef, ActorRef, OrganizationRef],
    isTypeOf: isA(label),
    fields: () => ({}),
  });
}
