// The ranked answers of exposure: a measure a firm is exposed to, a firm exposed to a measure, a
// sector exposed; each with its best path (exposure-path.ts).
import { builder } from '../../builder.ts';
import type { ExposurePath } from '../../exposure/paths.ts';
import { errorField, type WithError } from '../errors-beside.ts';
import { CompanyRef, MeasureRef, SectorRef } from '../nodes/node-refs.ts';
import { uncertainFields } from './exposure-args.ts';
import { ExposureError } from './exposure-errors.ts';
import { type Known, required } from './exposure-known.ts';
import { ExposurePathRef } from './exposure-path.ts';

export interface RankedShape extends Known {
  id: string;
  score: number;
  path: ExposurePath;
}

/** The path of a ranked item, with the root's knownAt for its nodes. */
const pathOf = (item: RankedShape) => ({ ...item.path, knownAt: item.knownAt ?? null });

export const MeasureExposure = builder.objectRef<RankedShape>('MeasureExposure').implement({
  description: 'A measure a firm is exposed to, with its best path.',
  fields: (t) => ({
    measure: t.field({
      type: MeasureRef,
      resolve: (m, _a, c, info) => required(c, info, m.id, m),
    }),
    score: t.exposeFloat('score'),
    path: t.field({ type: ExposurePathRef, resolve: pathOf }),
  }),
});

export const FirmExposure = builder
  .objectRef<
    {
      firmId: string | null;
      total: number;
      measures: RankedShape[];
      uncertainty: string | null;
      knownAt?: string | null;
    } & WithError
  >('FirmExposure')
  .implement({
    fields: (t) => ({
      firm: t.field({
        type: CompanyRef,
        nullable: true,
        description: 'Null when the call was refused (see `error`).',
        resolve: (f, _a, c, info) => (f.firmId === null ? null : required(c, info, f.firmId, f)),
      }),
      total: t.exposeFloat('total', {
        description:
          'Over all measures: 1 − Π(1 − score), the chance that at least one bites if they were independent.',
      }),
      measures: t.field({
        type: [MeasureExposure],
        description: 'Best first.',
        resolve: (f) => f.measures.map((m) => ({ ...m, knownAt: f.knownAt ?? null })),
      }),
      ...uncertainFields(t, (f) => f.uncertainty),
      error: errorField(t, ExposureError),
    }),
  });

export const ExposedFirm = builder.objectRef<RankedShape>('ExposedFirm').implement({
  fields: (t) => ({
    firm: t.field({ type: CompanyRef, resolve: (f, _a, c, info) => required(c, info, f.id, f) }),
    score: t.exposeFloat('score'),
    path: t.field({ type: ExposurePathRef, resolve: pathOf }),
  }),
});

export const SectorExposure = builder
  .objectRef<RankedShape & { firms: RankedShape[] }>('SectorExposure')
  .implement({
    fields: (t) => ({
      sector: t.field({
        type: SectorRef,
        resolve: (s, _a, c, info) => required(c, info, s.id, s),
      }),
      score: t.exposeFloat('score'),
      path: t.field({ type: ExposurePathRef, resolve: pathOf }),
      firms: t.field({
        type: [ExposedFirm],
        description: 'The exposed firms of the sector that drive it, best first.',
        resolve: (s) => s.firms.map((f) => ({ ...f, knownAt: s.knownAt ?? null })),
      }),
    }),
  });
