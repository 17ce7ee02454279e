import { builder } from '../builder.ts';
import { uncertaintyOf } from '../exposure/exposure.ts';
import { listMeasuresAgainst } from '../exposure/targets.ts';
import { NotFoundError } from './errors.ts';
import { requireNodes, today, uncertainFields } from './exposure-args.ts';
import { type Known, knownAtArg, required } from './exposure-known.ts';
import { CommodityRef, MeasureRef } from './node-refs.ts';

interface CurbedGoodShape extends Known {
  goodId: string;
  measureIds: string[];
  uncertainty: string | null;
}

const CurbedGood = builder.objectRef<CurbedGoodShape>('CurbedGood').implement({
  fields: (t) => ({
    good: t.field({
      type: CommodityRef,
      resolve: (g, _a, c, info) => required(c, info, g.goodId, g),
    }),
    measures: t.field({
      type: [MeasureRef],
      resolve: (g, _a, c, info) =>
        Promise.all(g.measureIds.map((id) => required(c, info, id, g))) as never,
    }),
    ...uncertainFields(t, (g) => g.uncertainty),
  }),
});

builder.queryField('curbedGoods', (t) =>
  t.field({
    type: [CurbedGood],
    description:
      'The goods under measures that reach an actor on `asOf` (default today): measures that name it, and, for a country, measures on all destinations that do not exempt it. A good under a measure whose status may change that day is listed as uncertain.',
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
        [args.target.id],
        args.asOf ?? today(),
        args.knownAt ?? null,
      );
      const goods = new Map<string, CurbedGoodShape>();
      for (const scope of scopes) {
        for (const hop of scope.coverHops) {
          const good = goods.get(hop.to) ?? {
            goodId: hop.to,
            measureIds: [],
            uncertainty: null,
            knownAt: args.knownAt ?? null,
          };
          good.measureIds.push(scope.measureId);
          const reasons = [good.uncertainty, uncertaintyOf([scope])].filter((r) => r !== null);
          good.uncertainty = reasons.length > 0 ? reasons.join(' ') : null;
          goods.set(hop.to, good);
        }
      }
      return [...goods.values()].sort((a, b) => (a.goodId < b.goodId ? -1 : 1));
    },
  }),
);
