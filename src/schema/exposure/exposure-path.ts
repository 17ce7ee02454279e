// The path of an exposure answer as GraphQL shows it: each hop with its weight and provenance
// (ExposureHop), the path in reading order (PathStep), and the path itself (ExposurePath).
import { builder } from '../../builder.ts';
import type { ExposurePath } from '../../exposure/paths.ts';
import type { ScoredHop } from '../../exposure/score.ts';
import { type PathStep, stepsOf } from '../../exposure/steps.ts';
import { MEASURE_STATUSES } from '../../model/format.ts';
import { MeasureStatus } from '../measures/measure.ts';
import { oneOf, present } from '../nodes/node-props.ts';
import { MeasureRef, SupplyDependencyRef } from '../nodes/node-refs.ts';
import { provenanceFields } from '../provenance/fact.ts';
import { uncertainFields } from './exposure-args.ts';
import { type Known, planned, required, standing } from './exposure-known.ts';

export const ExposureHop = builder.objectRef<ScoredHop & Known>('ExposureHop').implement({
  description:
    'One relationship of an exposure path, with its weight in the score and its provenance.',
  fields: (t) => ({
    from: t.field({
      type: builder.nodeInterfaceRef(),
      resolve: (hop, _a, c, info) => required(c, info, hop.from, hop),
    }),
    to: t.field({
      type: builder.nodeInterfaceRef(),
      resolve: (hop, _a, c, info) => required(c, info, hop.to, hop),
    }),
    type: t.exposeString('type', {
      description:
        'The relationship type: DEPENDS_ON, PRODUCES, INPUT_TO, MEMBER_OF, COVERS, TARGETS … A TARGETS hop of a measure on all destinations stands for its scope (see `scope`).',
    }),
    scope: t.string({
      nullable: true,
      description:
        'On a TARGETS hop that no relationship backs: the measure’s scope (ALL_DESTINATIONS, ALL_EXCEPT), whose provenance the hop carries.',
      resolve: (hop) =>
        typeof hop.props.scope === 'string' &&
        hop.type === 'TARGETS' &&
        hop.props.scope !== 'NAMED_TARGETS'
          ? hop.props.scope
          : null,
    }),
    weight: t.exposeFloat('weight', {
      description: 'What this hop multiplies the score by (see docs/exposure.md).',
    }),
    criticality: t.float({
      nullable: true,
      resolve: (hop) => (typeof hop.props.criticality === 'number' ? hop.props.criticality : null),
    }),
    ...provenanceFields(t, (hop) => standing(hop.props)),
  }),
});

export const StepDirection = builder.enumType('StepDirection', {
  description: 'Which way a step of a path runs along its relationship.',
  values: {
    ALONG: {
      description: 'From the relationship’s start to its end (`from` to `to` of `relationship`).',
    },
    AGAINST: { description: 'From the relationship’s end back to its start.' },
  } as const,
});

type KnownHop = ScoredHop & Known;

export const PathStepRef = builder.objectRef<PathStep<KnownHop>>('PathStep').implement({
  description:
    'One step of a path read in order: `from` is the previous step’s `to`. The relationship keeps its own ends (`relationship.from`, `relationship.to`); `direction` says whether the step runs along it or against it.',
  fields: (t) => ({
    from: t.field({
      type: builder.nodeInterfaceRef(),
      resolve: (step, _a, c, info) => required(c, info, step.from, step.hop),
    }),
    to: t.field({
      type: builder.nodeInterfaceRef(),
      resolve: (step, _a, c, info) => required(c, info, step.to, step.hop),
    }),
    direction: t.field({ type: StepDirection, resolve: (step) => step.direction }),
    relationship: t.field({
      type: ExposureHop,
      description: 'The relationship this step crosses, with its weight and provenance.',
      resolve: (step) => step.hop,
    }),
  }),
});

/** The path's hops, each with the root's knownAt for its nodes. */
const knownHops = (p: ExposurePath & Known): KnownHop[] =>
  p.hops.map((hop) => ({ ...hop, knownAt: p.knownAt ?? null }));

export const ExposurePathRef = builder.objectRef<ExposurePath & Known>('ExposurePath').implement({
  description: 'How a firm or sector reaches a measure, hop by hop, and what that path scores.',
  fields: (t) => ({
    score: t.exposeFloat('score', {
      description: 'Product of the hop weights x supply share x status likelihood; 0..1.',
    }),
    measure: t.field({
      type: MeasureRef,
      nullable: true,
      description: 'Null for a hypothetical measure (simulate).',
      resolve: (p, _a, c, info) => planned(c, info, p.measureId, p),
    }),
    status: t.field({
      type: MeasureStatus,
      description: 'The measure’s status on the day asked.',
      resolve: (p) => present(oneOf(p.status, MEASURE_STATUSES)),
    }),
    hops: t.field({
      type: [ExposureHop],
      description: 'The path’s relationships in path order, each with the ends it is stored with.',
      resolve: knownHops,
    }),
    steps: t.field({
      type: [PathStepRef],
      description:
        'The path read from the firm (or sector): along its dependencies to the goods the measure covers, to the measure, then through whom the measure targets back to the firm. Each step’s `from` is the previous step’s `to`.',
      resolve: (p) => stepsOf(knownHops(p)),
    }),
    ...uncertainFields(t, (p) => p.uncertainty),
    supplyShare: t.float({
      nullable: true,
      description: 'The supplier’s share of the importer’s supply of the good, where known.',
      resolve: (p) => p.supplyShare?.share ?? null,
    }),
    supplyDependency: t.field({
      type: SupplyDependencyRef,
      nullable: true,
      description: 'The fact the share comes from.',
      resolve: (p, _a, c, info) =>
        p.supplyShare ? planned(c, info, p.supplyShare.dependencyId, p) : null,
    }),
  }),
});
