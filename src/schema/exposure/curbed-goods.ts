import { builder } from '../../builder.ts';
import type { Context } from '../../context.ts';
import { uncertaintyOf } from '../../exposure/exposure.ts';
import { listMeasuresAgainst } from '../../exposure/targets.ts';
import { errorField, orError, type WithError } from '../errors-beside.ts';
import { CommodityRef, MeasureRef } from '../nodes/node-refs.ts';
import { requireNodes, today, uncertainFields } from './exposure-args.ts';
import { CurbedGoodsError, ID_ERRORS } from './exposure-errors.ts';
import { type Known, knownAtArg, required } from './exposure-known.ts';

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
      resolve: (g, _a, c, info) => Promise.all(g.measureIds.map((id) => required(c, info, id, g))),
    }),
    ...uncertainFields(t, (g) => g.uncertainty),
  }),
});

const CurbedGoodsAnswer = builder
  .objectRef<{ goods: CurbedGoodShape[] } & WithError>('CurbedGoodsAnswer')
  .implement({
    description: 'The goods under measures that reach an actor, or why there are none.',
    fields: (t) => ({
      goods: t.field({
        type: [CurbedGood],
        description: 'By id; empty when the call was refused.',
        resolve: (answer) => answer.goods,
      }),
      error: errorField(t, CurbedGoodsError),
    }),
  });

builder.queryField('curbedGoods', (t) =>
  t.field({
    type: CurbedGoodsAnswer,
    description:
      'The goods under measures that reach an actor on `asOf` (default today): measures that name it, and, for a country, measures on all destinations that do not exempt it. A good under a measure whose status may change that day is listed as uncertain. An id that names nothing is in `error`.',
    args: {
      target: t.arg.globalID({ required: true }),
      asOf: t.arg({ type: 'Date', required: false }),
      knownAt: knownAtArg(t.arg),
    },
    resolve: (_root, args, context) =>
      orError(
        ID_ERRORS,
        () => curbedGoods(context, args),
        () => ({ goods: [] }),
      ),
  }),
);

/** The goods each measure reaching the target covers, with the measures that curb each. */
async function curbedGoods(
  context: Context,
  args: { target: { id: string }; asOf?: string | null; knownAt?: string | null },
) {
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
  return { goods: [...goods.values()].sort((a, b) => (a.goodId < b.goodId ? -1 : 1)) };
}
