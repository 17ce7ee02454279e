import { builder } from '../../builder.ts';
import { relation } from '../lists/relation-field.ts';
import {
  CommodityRef,
  CompanyRef,
  ImpactEstimateRef,
  MeasureRef,
  ObservationRef,
  SectorRef,
} from '../nodes/node-refs.ts';
import { FactRef } from '../provenance/fact.ts';
import { dependencyEdge, inputEdge, productionEdge } from './goods-edges.ts';

/** An industry's place in the graph: its parent and children, its firms, what it needs and makes. */
builder.objectFields(SectorRef, (t) => ({
  subsectorOf: relation(t, {
    type: SectorRef,
    name: 'SectorSubsectorOf',
    spec: { type: 'SUBSECTOR_OF', direction: 'out', label: 'Sector' },
    description: 'The wider industry it is part of (automotive is part of manufacturing).',
  }),
  subsectors: relation(t, {
    type: SectorRef,
    name: 'SectorSubsectors',
    spec: { type: 'SUBSECTOR_OF', direction: 'in', label: 'Sector' },
    description: 'The industries within it.',
  }),
  companies: relation(t, {
    type: CompanyRef,
    name: 'SectorCompanies',
    spec: { type: 'IN_SECTOR', direction: 'in', label: 'Company' },
    description: 'Firms in it.',
  }),
  dependsOn: relation(t, {
    type: CommodityRef,
    name: 'SectorDependsOn',
    spec: { type: 'DEPENDS_ON', direction: 'out', label: 'Commodity' },
    description: 'Goods the industry needs, with how critical each is: the exposure edge.',
    edgeFields: dependencyEdge,
  }),
  produces: relation(t, {
    type: CommodityRef,
    name: 'SectorProduces',
    spec: { type: 'PRODUCES', direction: 'out', label: 'Commodity' },
    description: 'Goods the industry makes or sells: exposure through their inputs.',
    edgeFields: productionEdge,
  }),
  inputs: relation(t, {
    type: CommodityRef,
    name: 'SectorInputs',
    spec: { type: 'INPUT_TO', direction: 'in', label: 'Commodity' },
    description: 'Goods that go into it as a whole.',
    edgeFields: inputEdge,
  }),
  coveredBy: relation(t, {
    type: MeasureRef,
    name: 'SectorCoveredBy',
    spec: { type: 'COVERS', direction: 'in', label: 'Measure' },
    description: 'Measures aimed at the industry as a whole (a travel advisory hits tourism).',
  }),
  impactEstimates: relation(t, {
    type: ImpactEstimateRef,
    name: 'SectorImpactEstimates',
    spec: { type: 'FOR', direction: 'in', label: 'ImpactEstimate' },
    description: 'Forecasts of what a scenario would cost it.',
  }),
  observations: relation(t, {
    type: ObservationRef,
    name: 'SectorObservations',
    spec: { type: 'OF', direction: 'in', label: 'Observation' },
    description: 'Measured movements of it.',
  }),
  mentionedIn: relation(t, {
    type: FactRef,
    name: 'SectorMentionedIn',
    spec: { type: 'ABOUT', direction: 'in', label: 'Entity' },
    description: 'Events and statements about it.',
  }),
}));
