import { z } from 'zod';
import { builder } from '../../builder.ts';
import type { Context } from '../../context.ts';
import {
  exposedDependents,
  firmExposure,
  measureScope,
  uncertaintyOf,
} from '../../exposure/exposure.ts';
import { rankExposedFirms } from '../../exposure/rank.ts';
import { listMeasuresAgainst } from '../../exposure/targets.ts';
import { EXPOSURE_WEIGHTS } from '../../exposure/weights.ts';
import { pageOf, pageWindow } from '../../read/window.ts';
import { emptyConnection, errorField, orError, type WithError } from '../errors-beside.ts';
import { rootEdge } from '../lists/root-list.ts';
import { totalCountOf } from '../lists/root-total-count.ts';
import {
  maxHopsOptions,
  refuseMissing,
  today,
  uncertainFields,
  withNodeRequired,
} from './exposure-args.ts';
import {
  EXPOSURE_ERRORS,
  ExposedFirmsError,
  SECTOR_EXPOSURE_ERRORS,
  SectorExposureError,
} from './exposure-errors.ts';
import { knownAtArg } from './exposure-known.ts';
import { ExposedFirm, FirmExposure, SectorExposure } from './exposure-types.ts';

type SectorShape = Awaited<ReturnType<typeof sectorExposure>>[number];

const SectorExposureAnswer = builder
  .objectRef<{ sectors: SectorShape[] } & WithError>('SectorExposureAnswer')
  .implement({
    description: 'The sectors exposed to the measures against a country, or why there are none.',
    fields: (t) => ({
      sectors: t.field({
        type: [SectorExposure],
        description: 'Best first; empty when the call was refused.',
        resolve: (answer) => answer.sectors,
      }),
      error: errorField(t, SectorExposureError),
    }),
  });

builder.queryFields((t) => ({
  exposure: t.field({
    type: FirmExposure,
    description:
      'The measures a firm is exposed to on `asOf` (default today), best first, each with its best path. A refusal (not found, not a company) is in `error`.',
    args: {
      firm: t.arg.globalID({ required: true }),
      asOf: t.arg({ type: 'Date', required: false }),
      maxHops: t.arg.int(maxHopsOptions),
      knownAt: knownAtArg(t.arg),
    },
    resolve: (_root, args, context) =>
      orError(
        EXPOSURE_ERRORS,
        async () => {
          const id = args.firm.id;
          const exposure = await firmExposure(
            context.db,
            id,
            args.asOf ?? today(),
            args.maxHops ?? EXPOSURE_WEIGHTS.defaultDepth,
            args.knownAt ?? null,
          );
          // Its first query says whether the id is a company: the argument check (what else the
          // id names) is asked only when it is not, one round trip fewer for every answer.
          if (!exposure.isCompany) return refuseMissing(context, id, 'Company');
          return {
            ...exposure,
            firmId: exposure.firmId as string | null,
            knownAt: args.knownAt ?? null,
            measures: exposure.measures.map((path) => ({
              id: path.measureId,
              score: path.score,
              path,
            })),
          };
        },
        () => ({
          firmId: null,
          total: 0,
          measures: [],
          uncertainty: null,
          knownAt: null,
          isCompany: false,
        }),
      ),
  }),
  exposedFirms: t.connection(
    {
      type: ExposedFirm,
      description:
        'The firms exposed to a measure on `asOf` (default today), best first. A refusal is in `error`, beside the connection: not found, not a measure, or a hypothetical measure (ask `simulate`).',
      args: {
        measure: t.arg.globalID({ required: true }),
        asOf: t.arg({ type: 'Date', required: false }),
        minScore: t.arg.float({ required: false, validate: z.number().min(0).max(1) }),
        maxHops: t.arg.int(maxHopsOptions),
        knownAt: knownAtArg(t.arg),
      },
      resolve: (_root, args, context) =>
        orError(
          EXPOSURE_ERRORS,
          async () => {
            const id = args.measure.id;
            const scope = await measureScope(
              context.db,
              id,
              args.asOf ?? today(),
              args.knownAt ?? null,
            );
            // A scope is found only for a measure: the argument check (what else the id names, a
            // hypothetical measure) is asked only when there is none, or a hypothetical one. One
            // round trip fewer for every answer than a check beside the scope.
            if (!scope || scope.hypothetical) return refuseMissing(context, id, 'Measure');
            // Ranked, paged and counted in the database (src/exposure/rank.ts).
            const window = pageWindow(args);
            const { total, firms } = await rankExposedFirms(context.db, scope, {
              maxHops: args.maxHops ?? EXPOSURE_WEIGHTS.defaultDepth,
              knownAt: args.knownAt ?? null,
              minScore: args.minScore ?? 0,
              offset: window.offset,
              limit: window.limit,
            });
            return {
              ...pageOf(
                window,
                firms.map((firm) => ({ ...firm, knownAt: args.knownAt ?? null })),
                (node, cursor) => ({ node, cursor }),
              ),
              totalCount: () => Promise.resolve(total),
              uncertainty: scope.uncertainty,
            };
          },
          () => ({ ...emptyConnection(), uncertainty: null }),
        ),
    },
    {
      fields: (c) => ({
        totalCount: totalCountOf(c),
        ...uncertainFields(c, (page: { uncertainty?: string | null }) => page.uncertainty ?? null),
        error: errorField(c, ExposedFirmsError),
      }),
    },
    rootEdge('exposedFirms'),
  ),
  sectorExposure: t.field({
    type: SectorExposureAnswer,
    description:
      'Sectors exposed to the measures against a country on `asOf`, best first, each with every exposed firm of the sector. A refusal (not found, not a country) is in `error`.',
    args: {
      target: t.arg.globalID({ required: true }),
      asOf: t.arg({ type: 'Date', required: false }),
      maxHops: t.arg.int(maxHopsOptions),
      knownAt: knownAtArg(t.arg),
    },
    resolve: (_root, args, context) =>
      orError(
        SECTOR_EXPOSURE_ERRORS,
        async () => {
          const sectors = await withNodeRequired(context, args.target.id, 'Country', () =>
            sectorExposure(
              context,
              args.target.id,
              args.asOf ?? today(),
              args.maxHops ?? EXPOSURE_WEIGHTS.defaultDepth,
              args.knownAt ?? null,
            ),
          );
          return { sectors };
        },
        () => ({ sectors: [] }),
      ),
  }),
}));

/** Each sector's best path over the measures against one country, with its exposed firms. */
async function sectorExposure(
  context: Context,
  targetId: string,
  asOf: string,
  maxHops: number,
  knownAt: string | null,
) {
  const scopes = await listMeasuresAgainst(context.db, [targetId], asOf, knownAt);
  const sectors = new Map<string, Awaited<ReturnType<typeof exposedDependents>>['sectors'][0]>();
  for (const scope of scopes) {
    const { sectors: ranked } = await exposedDependents(context.db, scope, maxHops, knownAt, [
      targetId,
    ]);
    for (const sector of ranked) {
      const known = sectors.get(sector.id);
      if (!known || sector.score > known.score) sectors.set(sector.id, sector);
    }
  }
  // A measure whose status may change on the day asked leaves every answer uncertain.
  const pending = uncertaintyOf(scopes.filter((s) => s.status === null));
  return [...sectors.values()]
    .map((s) => ({
      ...s,
      knownAt,
      path: { ...s.path, uncertainty: s.path.uncertainty ?? pending },
    }))
    .sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1));
}
