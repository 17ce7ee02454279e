import { builder } from '../../builder.ts';
import { relation } from '../lists/relation-field.ts';
import {
  CountryRef,
  EventRef,
  ImpactEstimateRef,
  MeasureRef,
  ObservationRef,
  PersonRef,
  SectorRef,
  StatementRef,
} from '../nodes/node-refs.ts';
import { FactRef } from '../provenance/fact.ts';
import { ActorRef, OrganizationRef } from './actor.ts';
import { positionEdge } from './position-edge.ts';

/**
 * Relationships every actor has, whatever its kind: what was done by it, to it and about it. The
 * other ends (measures, events, statements …) point at actors; these are the same edges read back.
 */
builder.interfaceFields(ActorRef, (t) => ({
  measuresImposed: relation(t, {
    type: MeasureRef,
    name: 'ActorMeasuresImposed',
    spec: { type: 'IMPOSED_BY', direction: 'in', label: 'Measure' },
    description: 'Measures it took.',
  }),
  measuresTargeting: relation(t, {
    type: MeasureRef,
    name: 'ActorMeasuresTargeting',
    spec: { type: 'TARGETS', direction: 'in', label: 'Measure' },
    description: 'Measures aimed at it.',
  }),
  statements: relation(t, {
    type: StatementRef,
    name: 'ActorStatements',
    spec: { type: 'BY', direction: 'in', label: 'Statement' },
    description: 'What it said.',
  }),
  events: relation(t, {
    type: EventRef,
    name: 'ActorEvents',
    spec: { type: 'BY', direction: 'in', label: 'Event' },
    description: 'What it did: remarks, demands, visits, press conferences.',
  }),
  involvedIn: relation(t, {
    type: EventRef,
    name: 'ActorInvolvedIn',
    spec: { type: 'INVOLVES', direction: 'in', label: 'Event' },
    description: 'Events it took part in without being the one who acted (Xi in a truce).',
  }),
  mentionedIn: relation(t, {
    type: FactRef,
    name: 'ActorMentionedIn',
    spec: { type: 'ABOUT', direction: 'in', label: 'Entity' },
    description: 'Events and statements about it.',
  }),
  observations: relation(t, {
    type: ObservationRef,
    name: 'ActorObservations',
    spec: { type: 'OF', direction: 'in', label: 'Observation' },
    description: 'Measured movements of it: a share price, an index, exports.',
  }),
  reported: relation(t, {
    type: FactRef,
    name: 'ActorReported',
    spec: { type: 'REPORTED_BY', direction: 'in', label: 'Entity' },
    description: 'Measures, trade flows and figures it reported (a newspaper, a customs agency).',
  }),
}));

/** Relationships of every organisation: who leads it, where it is based, what it does. */
builder.interfaceFields(OrganizationRef, (t) => ({
  officials: relation(t, {
    type: PersonRef,
    name: 'OrganizationOfficials',
    spec: { type: 'HOLDS_POSITION', direction: 'in', label: 'Person' },
    description: 'Persons holding a position in it, with their title on the edge.',
    edgeFields: positionEdge,
  }),
  basedIn: relation(t, {
    type: CountryRef,
    name: 'OrganizationBasedIn',
    spec: { type: 'BASED_IN', direction: 'out', label: 'Country' },
    description: 'The country it is based in.',
  }),
  sectors: relation(t, {
    type: SectorRef,
    name: 'OrganizationSectors',
    spec: { type: 'IN_SECTOR', direction: 'out', label: 'Sector' },
    description: 'The industries it works in.',
  }),
  estimates: relation(t, {
    type: ImpactEstimateRef,
    name: 'OrganizationEstimates',
    spec: { type: 'ESTIMATED_BY', direction: 'in', label: 'ImpactEstimate' },
    description: 'Forecasts it made of what a scenario costs.',
  }),
}));
