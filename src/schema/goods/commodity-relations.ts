import { builder } from '../../builder.ts';
import { relation } from '../lists/relation-field.ts';
import {
  CommodityRef,
  MeasureRef,
  ObservationRef,
  SupplyDependencyRef,
  TradeFlowRef,
} from '../nodes/node-refs.ts';
import { FactRef } from '../provenance/fact.ts';
import {
  dependencyEdge,
  FirmOrSectorRef,
  GoodOrSectorRef,
  inputEdge,
  membershipEdge,
  productionEdge,
} from './goods-edges.ts';

/**
 * A good's place in the graph: the classes and control lists it belongs to, the bill of materials
 * (`INPUT_TO` runs from input to product), who needs or makes it, and the measures that cover it.
 */
builder.objectFields(CommodityRef, (t) => ({
  memberOf: relation(t, {
    type: CommodityRef,
    name: 'CommodityMemberOf',
    spec: { type: 'MEMBER_OF', direction: 'out', label: 'Commodity' },
    description: 'The classes and control lists it belongs to (a rare earth is a dual-use item).',
    edgeFields: membershipEdge,
  }),
  members: relation(t, {
    type: CommodityRef,
    name: 'CommodityMembers',
    spec: { type: 'MEMBER_OF', direction: 'in', label: 'Commodity' },
    description: 'The goods in this class.',
    edgeFields: membershipEdge,
  }),
  inputTo: relation(t, {
    type: GoodOrSectorRef,
    name: 'CommodityInputTo',
    spec: { type: 'INPUT_TO', direction: 'out', label: 'Entity' },
    description: 'The goods and industries it goes into (magnets into motors).',
    edgeFields: inputEdge,
  }),
  inputs: relation(t, {
    type: CommodityRef,
    name: 'CommodityInputs',
    spec: { type: 'INPUT_TO', direction: 'in', label: 'Commodity' },
    description: 'The goods it is made from (rare-earth metals into magnets).',
    edgeFields: inputEdge,
  }),
  dependents: relation(t, {
    type: FirmOrSectorRef,
    name: 'CommodityDependents',
    spec: { type: 'DEPENDS_ON', direction: 'in', label: 'Entity' },
    description: 'Firms and industries that need it, with how critical it is to each.',
    edgeFields: dependencyEdge,
  }),
  producers: relation(t, {
    type: FirmOrSectorRef,
    name: 'CommodityProducers',
    spec: { type: 'PRODUCES', direction: 'in', label: 'Entity' },
    description: 'Firms and industries that make or sell it.',
    edgeFields: productionEdge,
  }),
  coveredBy: relation(t, {
    type: MeasureRef,
    name: 'CommodityCoveredBy',
    spec: { type: 'COVERS', direction: 'in', label: 'Measure' },
    description: 'Measures that apply to it by name (not through a class it is a member of).',
  }),
  tradeFlows: relation(t, {
    type: TradeFlowRef,
    name: 'CommodityTradeFlows',
    spec: { type: 'OF_GOOD', direction: 'in', label: 'TradeFlow' },
    description: 'Shipments of it from one country to another.',
  }),
  supplyDependencies: relation(t, {
    type: SupplyDependencyRef,
    name: 'CommoditySupplyDependencies',
    spec: { type: 'OF_GOOD', direction: 'in', label: 'SupplyDependency' },
    description: 'Shares of a country’s imports of it that come from one supplier.',
  }),
  observations: relation(t, {
    type: ObservationRef,
    name: 'CommodityObservations',
    spec: { type: 'OF', direction: 'in', label: 'Observation' },
    description: 'Measured movements of it: exports rose 35%.',
  }),
  mentionedIn: relation(t, {
    type: FactRef,
    name: 'CommodityMentionedIn',
    spec: { type: 'ABOUT', direction: 'in', label: 'Entity' },
    description: 'Events and statements about it.',
  }),
}));
