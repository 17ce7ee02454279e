import { z } from 'zod';
import { builder } from '../builder.ts';
import type { Context } from '../context.ts';
import { exposedDependents, firmExposure, measureScope } from '../exposure/exposure.ts';
import type { MeasureScope } from '../exposure/queries.ts';
import { listMeasuresAgainst } from '../exposure/targets.ts';
import { EXPOSURE_WEIGHTS } from '../exposure/weights.ts';
import { NotFoundError } from './errors.ts';
import { knownAtArg } from './exposure-known.ts';
import { ExposedFirm, FirmExposure, type RankedShape, SectorExposure } from './exposure-types.ts';
import { loadNode } from './node-refs.ts';
import { pageRanked } from './root-list.ts';
import { totalCountOf } from './root-total-count.ts';

const today = () => new Date().toISOString().slice(0, 10);
const maxHopsOptions = {
  required: false,
  description: `INPUT_TO / MEMBER_OF steps between the good depended on and the good covered (default ${EXPOSURE_WEIGHTS.defaultDepth}, 1..${EXPOSURE_WEIGHTS.maxDepth}).`,
  validate: z
    .number()
    .int()
    .min(1, 'maxHops must be at least 1')
    .max(EXPOSURE_WEIGHTS.maxDepth, `maxHops must be at most ${EXPOSURE_WEIGHTS.maxDepth}`),
} as const;

/** Throws the typed NotFoundError unless `id` is a node with `label`. */
async function requireNode(context: Context, id: string, label: string) {
  const node = await loadNode(context, id);
  if (!node?.labels.includes(label)) throw new NotFoundError(id);
  return node;
}

builder.queryFields((t) => ({
  exposure: t.field({
    type: FirmExposure,
    description:
      'The measures a firm is exposed to on `asOf` (default today), best first, each with its best path.',
    errors: { types: [NotFoundError] },
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
      description: 'The firms exposed to a measure on `asOf` (default today), best first.',
      errors: { types: [NotFoundError] },
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
        const { firms } = await exposedDependents(
          context.db,
          scope,
          args.maxHops ?? EXPOSURE_WEIGHTS.defaultDepth,
          args.knownAt ?? null,
        );
        return pageRanked(
          firms.filter((f) => f.score >= (args.minScore ?? 0)),
          args,
        ) as never;
      },
    },
    {
      fields: (c) => ({
        totalCount: totalCountOf(c),
      }),
    },
  ),
  sectorExposure: t.field({
    type: [SectorExposure],
    description:
      'Sectors exposed to the measures against a country on `asOf`, best first, with the firms driving them.',
    errors: { types: [NotFoundError] },
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

async function sectorExposure(
  context: Context,
  targetId: string,
  asOf: string,
  maxHops: number,
  knownAt: string | null,
) {
  const scopes = await listMeasuresAgainst(context.db, targetId, asOf, knownAt);
  const sectors = new Map<string, RankedShape & { firms: RankedShape[] }>();
  for (const scope of scopes) {
    const { firms, sectors: ranked } = await exposedDependents(context.db, scope, maxHops, knownAt);
    for (const sector of ranked) {
      const driving = firms.filter((f) =>
        f.path.hops.some((h) => h.type === 'IN_SECTOR' && h.to === sector.id),
      );
      const known = sectors.get(sector.id);
      if (!known || sector.score > known.score)
        sectors.set(sector.id, { ...sector, firms: driving });
    }
  }
  return [...sectors.values()].sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1));
}
