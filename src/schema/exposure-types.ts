import { builder } from '../builder.ts';
import type { ExposurePath } from '../exposure/paths.ts';
import type { ScoredHop } from '../exposure/score.ts';
import { uncertainFields } from './exposure-args.ts';
import { provenanceFields } from './fact.ts';
import { MeasureStatus } from './measure.ts';
import { CompanyRef, loadNode, MeasureRef, SectorRef, SupplyDependencyRef } from './node-refs.ts';

const node = (id: string) => (_: unknown, __: unknown, context: Parameters<typeof loadNode>[0]) =>
  loadNode(context, id);

export const ExposureHop = builder.objectRef<ScoredHop>('ExposureHop').implement({
  description:
    'One relationship of an exposure path, with its weight in the score and its provenance.',
  fields: (t) => ({
    from: t.field({
      type: builder.nodeInterfaceRef(),
      resolve: (hop, a, c) => node(hop.from)(hop, a, c) as never,
    }),
    to: t.field({
      type: builder.nodeInterfaceRef(),
      resolve: (hop, a, c) => node(hop.to)(hop, a, c) as never,
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
    ...provenanceFields(t, (hop) => hop.props),
  }),
});

export const ExposurePathRef = builder.objectRef<ExposurePath>('ExposurePath').implement({
  description: 'How a firm or sector reaches a measure, hop by hop, and what that path scores.',
  fields: (t) => ({
    score: t.exposeFloat('score', {
      description: 'Product of the hop weights x supply share x status likelihood; 0..1.',
    }),
    measure: t.field({
      type: MeasureRef,
      nullable: true,
      description: 'Null for a hypothetical measure (simulate).',
      resolve: (p, _a, c) => loadNode(c, p.measureId) as never,
    }),
    status: t.field({
      type: MeasureStatus,
      description: 'The measure’s status on the day asked.',
      resolve: (p) => p.status as never,
    }),
    hops: t.field({ type: [ExposureHop], resolve: (p) => p.hops }),
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
      resolve: (p, _a, c) =>
        p.supplyShare ? (loadNode(c, p.supplyShare.dependencyId) as never) : null,
    }),
  }),
});

export interface RankedShape {
  id: string;
  score: number;
  path: ExposurePath;
}

export const MeasureExposure = builder.objectRef<RankedShape>('MeasureExposure').implement({
  description: 'A measure a firm is exposed to, with its best path.',
  fields: (t) => ({
    measure: t.field({ type: MeasureRef, resolve: (m, _a, c) => loadNode(c, m.id) as never }),
    score: t.exposeFloat('score'),
    path: t.field({ type: ExposurePathRef, resolve: (m) => m.path }),
  }),
});

export const FirmExposure = builder
  .objectRef<{
    firmId: string;
    total: number;
    measures: RankedShape[];
    uncertainty: string | null;
  }>('FirmExposure')
  .implement({
    fields: (t) => ({
      firm: t.field({ type: CompanyRef, resolve: (f, _a, c) => loadNode(c, f.firmId) as never }),
      total: t.exposeFloat('total', {
        description:
          'Over all measures: 1 − Π(1 − score), the chance that at least one bites if they were independent.',
      }),
      measures: t.field({
        type: [MeasureExposure],
        description: 'Best first.',
        resolve: (f) => f.measures,
      }),
      ...uncertainFields(t, (f) => f.uncertainty),
    }),
  });

export const ExposedFirm = builder.objectRef<RankedShape>('ExposedFirm').implement({
  fields: (t) => ({
    firm: t.field({ type: CompanyRef, resolve: (f, _a, c) => loadNode(c, f.id) as never }),
    score: t.exposeFloat('score'),
    path: t.field({ type: ExposurePathRef, resolve: (f) => f.path }),
  }),
});

export const SectorExposure = builder
  .objectRef<RankedShape & { firms: RankedShape[] }>('SectorExposure')
  .implement({
    fields: (t) => ({
      sector: t.field({ type: SectorRef, resolve: (s, _a, c) => loadNode(c, s.id) as never }),
      score: t.exposeFloat('score'),
      path: t.field({ type: ExposurePathRef, resolve: (s) => s.path }),
      firms: t.field({
        type: [ExposedFirm],
        description: 'The exposed firms of the sector that drive it, best first.',
        resolve: (s) => s.firms,
      }),
    }),
  });
