import { z } from 'zod';
import { builder } from '../builder.ts';
import type { Context } from '../context.ts';
import {
  exposedDependents,
  firmExposure,
  measureScope,
  uncertaintyOf,
} from '../exposure/exposure.ts';
import type { MeasureScope } from '../exposure/queries.ts';
import { rankExposedFirms } from '../exposure/rank.ts';
import { listMeasuresAgainst } from '../exposure/targets.ts';
import { EXPOSURE_WEIGHTS } from '../exposure/weights.ts';
import { pageOf, pageWindow } from '../read/window.ts';
import { NotFoundError, WrongKindError } from './errors.ts';
import { maxHopsOptions, requireNode, today, uncertainFields } from './exposure-args.ts';
import { HypotheticalMeasureError } from './exposure-errors.ts';
import { knownAtArg } from './exposure-known.ts';
import { ExposedFirm, FirmExposure, SectorExposure } from './exposure-types.ts';
import { totalCountOf } from './root-total-count.ts';

builder.queryFields((t) => ({
  exposure: t.field({
    type: FirmExposure,
    description:
      'The measures a firm is exposed to on `asOf` (default today), best first, each with its best path.',
    errors: { types: [NotFoundError, WrongKindError, HypotheticalMeasureError] },
    args: {
      firm: t.arg.globalID({ required: true }),
      asOf: t.arg({ type: 'Date', required: false }),
      maxHops: t.arg.int(maxHopsOptions),
      knownAt: knownAtArg(t.arg),
    },
    resolve: async (_root, args, context) => {
      await requireNode(context, args.firm.id, 'Company');
      const exposure = await firmExposure(
        context.db,
        args.firm.id,
        args.asOf ?? today(),
        args.maxHops ?? EXPOSURE_WEIGHTS.defaultDepth,
        args.knownAt ?? null,
      );
      return {
        ...exposure,
        knownAt: args.knownAt ?? null,
        measures: exposure.measures.map((path) => ({
          id: path.measureId,
          score: path.score,
          path,
        })),
      };
    },
  }),
  exposedFirms: t.connection(
    {
      type: ExposedFirm,
      description:
        'The firms exposed to a measure on `asOf` (default today), best first. A hypothetical measure answers HypotheticalMeasureError: ask `simulate`.',
      errors: { types: [NotFoundError, WrongKindError, HypotheticalMeasureError] },
      args: {
        measure: t.arg.globalID({ required: true }),
        asOf: t.arg({ type: 'Date', required: false }),
        minScore: t.arg.float({ required: false, validate: z.number().min(0).max(1) }),
        maxHops: t.arg.int(maxHopsOptions),
        knownAt: knownAtArg(t.arg),
      },
      resolve: async (_root, args, context) => {
        await requireNode(context, args.measure.id, 'Measure');
        const scope = (await measureScope(
          context.db,
          args.measure.id,
          args.asOf ?? today(),
          args.knownAt ?? null,
        )) as MeasureScope;
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
        } as never;
      },
    },
    {
      fields: (c) => ({
        totalCount: totalCountOf(c),
        ...uncertainFields(c, (page: { uncertainty?: string | null }) => page.uncertainty ?? null),
      }),
    },
  ),
  sectorExposure: t.field({
    type: [SectorExposure],
    description:
      'Sectors exposed to the measures against a country on `asOf`, best first, each with every exposed firm of the sector.',
    errors: { types: [NotFoundError, WrongKindError] },
    args: {
      target: t.arg.globalID({ required: true }),
      asOf: t.arg({ type: 'Date', required: false }),
      maxHops: t.arg.int(maxHopsOptions),
      knownAt: knownAtArg(t.arg),
    },
    resolve: async (_root, args, context) => {
      await requireNode(context, args.target.id, 'Country');
      return sectorExposure(
        context,
        args.target.id,
        args.asOf ?? today(),
        args.maxHops ?? EXPOSURE_WEIGHTS.defaultDepth,
        args.knownAt ?? null,
      );
    },
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
