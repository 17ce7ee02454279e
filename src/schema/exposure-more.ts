import neo4j from 'neo4j-driver';
import { z } from 'zod';
import { builder } from '../builder.ts';
import type { Context } from '../context.ts';
import { exposedDependents } from '../exposure/exposure.ts';
import { findShortestPaths, type MeasureScope } from '../exposure/queries.ts';
import type { Hop } from '../exposure/score.ts';
import { listMeasuresAgainst } from '../exposure/targets.ts';
import { EXPOSURE_WEIGHTS } from '../exposure/weights.ts';
import { NotFoundError } from './errors.ts';
import { knownAtArg } from './exposure-known.ts';
import { ExposedFirm, ExposureHop, type RankedShape, SectorExposure } from './exposure-types.ts';
import { MeasureStatus } from './measure.ts';
import { CommodityRef, loadNode, MeasureRef } from './node-refs.ts';

const today = () => new Date().toISOString().slice(0, 10);

async function requireNodes(context: Context, ids: string[]) {
  for (const id of ids) if (!(await loadNode(context, id))) throw new NotFoundError(id);
}

const HypotheticalMeasureInput = builder.inputType('HypotheticalMeasureInput', {
  description:
    'A measure that is not in the graph: "what if the rare-earth licence tightening goes ahead?"',
  fields: (t) => ({
    imposer: t.globalID({ required: true }),
    targets: t.globalIDList({
      required: true,
      validate: z.array(z.unknown()).min(1, 'targets: name at least one target'),
    }),
    goods: t.globalIDList({
      required: true,
      validate: z.array(z.unknown()).min(1, 'goods: name at least one covered good'),
    }),
    status: t.field({ type: MeasureStatus, required: false, defaultValue: 'IN_FORCE' as never }),
  }),
});

const SimulationResult = builder
  .objectRef<{ firms: RankedShape[]; sectors: (RankedShape & { firms: RankedShape[] })[] }>(
    'SimulationResult',
  )
  .implement({
    fields: (t) => ({
      firms: t.field({ type: [ExposedFirm], resolve: (r) => r.firms }),
      sectors: t.field({ type: [SectorExposure], resolve: (r) => r.sectors }),
    }),
  });

const CurbedGood = builder
  .objectRef<{ goodId: string; measureIds: string[] }>('CurbedGood')
  .implement({
    fields: (t) => ({
      good: t.field({ type: CommodityRef, resolve: (g, _a, c) => loadNode(c, g.goodId) as never }),
      measures: t.field({
        type: [MeasureRef],
        resolve: (g, _a, c) => Promise.all(g.measureIds.map((id) => loadNode(c, id))) as never,
      }),
    }),
  });

const ConnectionPath = builder
  .objectRef<{ hops: (Hop & { weight: number })[] }>('ConnectionPath')
  .implement({
    fields: (t) => ({
      length: t.int({ resolve: (p) => p.hops.length }),
      hops: t.field({ type: [ExposureHop], resolve: (p) => p.hops }),
    }),
  });

const hypothetical = (props: Record<string, unknown>) => ({
  ...props,
  inferred: true,
  confidence: 1,
  sourceIds: [],
  rationale: 'A hypothetical measure, asked of simulate; not in the graph.',
});

builder.queryFields((t) => ({
  simulate: t.field({
    type: SimulationResult,
    description:
      'Exposure under a measure that is not in the graph, computed without writing anything.',
    errors: { types: [NotFoundError] },
    args: { measure: t.arg({ type: HypotheticalMeasureInput, required: true }) },
    resolve: async (_root, { measure }, context) => {
      const ids = [
        measure.imposer.id,
        ...measure.targets.map((g) => g.id),
        ...measure.goods.map((g) => g.id),
      ];
      await requireNodes(context, ids);
      const scope: MeasureScope = {
        measureId: 'hypothetical',
        status: measure.status ?? 'IN_FORCE',
        imposerIds: [measure.imposer.id],
        targetHops: measure.targets.map((g) => ({
          type: 'TARGETS',
          from: 'hypothetical',
          to: g.id,
          props: hypothetical({}),
        })),
        coverHops: measure.goods.map((g) => ({
          type: 'COVERS',
          from: 'hypothetical',
          to: g.id,
          props: hypothetical({}),
        })),
      };
      const { firms, sectors } = await exposedDependents(
        context.db,
        scope,
        EXPOSURE_WEIGHTS.defaultDepth,
      );
      return {
        firms,
        sectors: sectors.map((s) => ({
          ...s,
          firms: firms.filter((f) =>
            f.path.hops.some((h) => h.type === 'IN_SECTOR' && h.to === s.id),
          ),
        })),
      };
    },
  }),
  curbedGoods: t.field({
    type: [CurbedGood],
    description:
      'The goods under measures against an actor on `asOf` (default today), with the measures.',
    errors: { types: [NotFoundError] },
    args: {
      target: t.arg.globalID({ required: true }),
      asOf: t.arg({ type: 'Date', required: false }),
      knownAt: knownAtArg(t.arg),
    },
    resolve: async (_root, args, context) => {
      await requireNodes(context, [args.target.id]);
      const scopes = await listMeasuresAgainst(
        context.db,
        args.target.id,
        args.asOf ?? today(),
        args.knownAt ?? null,
      );
      const goods = new Map<string, string[]>();
      for (const scope of scopes) {
        for (const hop of scope.coverHops)
          goods.set(hop.to, [...(goods.get(hop.to) ?? []), scope.measureId]);
      }
      return [...goods.entries()]
        .sort(([a], [b]) => (a < b ? -1 : 1))
        .map(([goodId, measureIds]) => ({ goodId, measureIds }));
    },
  }),
  explain: t.field({
    type: [ConnectionPath],
    description: 'Every shortest path between two nodes: "how is X connected to Y?"',
    errors: { types: [NotFoundError] },
    args: {
      from: t.arg.globalID({ required: true }),
      to: t.arg.globalID({ required: true }),
      maxHops: t.arg.int({
        required: false,
        validate: z
          .number()
          .int()
          .min(1, 'maxHops must be at least 1')
          .max(6, 'maxHops must be at most 6'),
      }),
    },
    resolve: async (_root, args, context) => {
      await requireNodes(context, [args.from.id, args.to.id]);
      const rows = await context.db.run(findShortestPaths, {
        fromId: args.from.id,
        toId: args.to.id,
        maxHops: neo4j.int(args.maxHops ?? 4),
      });
      return rows.map((row) => ({ hops: row.hops.map((hop) => ({ ...hop, weight: 1 })) }));
    },
  }),
}));
