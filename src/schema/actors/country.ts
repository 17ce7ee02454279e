import { READS_EXTENSION } from '../../read/field-reads.ts';
import { relation } from '../lists/relation-field.ts';
import { isA, text } from '../nodes/node-props.ts';
import {
  CountryRef,
  EventRef,
  ImpactEstimateRef,
  PersonRef,
  SupplyDependencyRef,
  TradeFlowRef,
} from '../nodes/node-refs.ts';
import { FactRef } from '../provenance/fact.ts';
import { ActorRef, OrganizationRef } from './actor.ts';
import { positionEdge } from './position-edge.ts';

/*
 * A country: its ISO codes, its officials and organisations, and the trade figures, supply shares,
 * events and estimates that name it, read back from the country so "Japan" leads to all of them.
 */
CountryRef.implement({
  description: 'A sovereign state or territory of ISO 3166-1.',
  interfaces: [FactRef, ActorRef],
  isTypeOf: isA('Country'),
  fields: (t) => ({
    officialName: t.string({
      description:
        'ISO 3166-1’s English short name where people use another (“Taiwan, Province of China” for Taiwan); also among the aliases. Else the name.',
      extensions: { [READS_EXTENSION]: { props: ['officialName', 'name'] } },
      resolve: (c) => text(c, 'officialName') ?? text(c, 'name') ?? c.id,
    }),
    iso2: t.string({
      description: 'ISO 3166-1 alpha-2: JP.',
      resolve: (c) => text(c, 'iso2') ?? '',
    }),
    iso3: t.string({
      description: 'ISO 3166-1 alpha-3: JPN.',
      resolve: (c) => text(c, 'iso3') ?? '',
    }),
    isoNumeric: t.string({
      description: 'ISO 3166-1 numeric, three digits with leading zeros: 392.',
      resolve: (c) => text(c, 'isoNumeric') ?? '',
    }),
    officials: relation(t, {
      type: PersonRef,
      name: 'CountryOfficials',
      spec: { type: 'HOLDS_POSITION', direction: 'in', label: 'Person' },
      description: 'Persons holding an office of the state, with their title on the edge.',
      edgeFields: positionEdge,
    }),
    organizations: relation(t, {
      type: OrganizationRef,
      name: 'CountryOrganizations',
      spec: { type: 'BASED_IN', direction: 'in', label: 'Organization' },
      description: 'Companies, agencies, newspapers and institutes based in it.',
    }),
    exports: relation(t, {
      type: TradeFlowRef,
      name: 'CountryExports',
      spec: { type: 'FROM', direction: 'in', label: 'TradeFlow' },
      description: 'Trade flows from it.',
    }),
    imports: relation(t, {
      type: TradeFlowRef,
      name: 'CountryImports',
      spec: { type: 'TO', direction: 'in', label: 'TradeFlow' },
      description: 'Trade flows to it.',
    }),
    supplyDependencies: relation(t, {
      type: SupplyDependencyRef,
      name: 'CountrySupplyDependencies',
      spec: { type: 'IMPORTER', direction: 'in', label: 'SupplyDependency' },
      description: 'Shares of its imports of a good that come from one supplier.',
    }),
    suppliesTo: relation(t, {
      type: SupplyDependencyRef,
      name: 'CountrySuppliesTo',
      spec: { type: 'SUPPLIER', direction: 'in', label: 'SupplyDependency' },
      description: 'Shares of other countries’ imports of a good that it supplies.',
    }),
    eventsHeldIn: relation(t, {
      type: EventRef,
      name: 'CountryEventsHeldIn',
      spec: { type: 'LOCATED_IN', direction: 'in', label: 'Event' },
      description: 'Events that took place in it: protests, visits.',
    }),
    impactEstimates: relation(t, {
      type: ImpactEstimateRef,
      name: 'CountryImpactEstimates',
      spec: { type: 'FOR', direction: 'in', label: 'ImpactEstimate' },
      description: 'Forecasts of what a scenario would cost it.',
    }),
  }),
});
