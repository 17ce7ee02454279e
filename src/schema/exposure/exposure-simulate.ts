import { GraphQLError } from 'graphql';
import { builder } from '../../builder.ts';
import type { Context } from '../../context.ts';
import { searchIds } from '../../db/search.ts';
import { exposedDependents } from '../../exposure/exposure.ts';
import { goodsNearCode, hsCodeOf, resolveGoods } from '../../exposure/goods.ts';
import type { MeasureScope } from '../../exposure/queries.ts';
import { EXPOSURE_WEIGHTS } from '../../exposure/weights.ts';
import { errorField, orError, type WithError } from '../errors-beside.ts';
import { MeasureStatus } from '../measures/measure.ts';
import { MeasureScopeKind } from '../measures/measure-scope.ts';
import { loadNode } from '../nodes/node-refs.ts';
import { requireNodes } from './exposure-args.ts';
import { SIMULATE_ERRORS, SimulateError, UnknownGoodError } from './exposure-errors.ts';
import { ExposedFirm, type RankedShape, SectorExposure } from './exposure-types.ts';

const HypotheticalMeasureInput = builder.inputType('HypotheticalMeasureInput', {
  description:
    'A measure that is not in the graph: "what if the rare-earth licence tightening goes ahead?"',
  fields: (t) => ({
    imposer: t.globalID({ required: true }),
    scope: t.field({
      type: MeasureScopeKind,
      required: false,
      defaultValue: 'NAMED_TARGETS',
      description: 'Whom it reaches; with ALL_DESTINATIONS or ALL_EXCEPT `targets` may be empty.',
    }),
    targets: t.globalIDList({
      required: false,
      description: 'Whom it names (NAMED_TARGETS: at least one).',
    }),
    exempt: t.globalIDList({ required: false, description: 'Whom ALL_EXCEPT leaves out.' }),
    goods: t.idList({
      required: true,
      description:
        'What it covers: commodity ids (global, or `commodity:…`) or HS codes (`2846`, `28.46`, `2805.30`).',
    }),
    status: t.field({ type: MeasureStatus, required: false, defaultValue: 'IN_FORCE' }),
  }),
});

const SimulationResult = builder
  .objectRef<
    { firms: RankedShape[]; sectors: (RankedShape & { firms: RankedShape[] })[] } & WithError
  >('SimulationResult')
  .implement({
    fields: (t) => ({
      firms: t.field({
        type: [ExposedFirm],
        description: 'Best first; empty when the call was refused.',
        resolve: (r) => r.firms,
      }),
      sectors: t.field({
        type: [SectorExposure],
        description: 'Best first; empty when the call was refused.',
        resolve: (r) => r.sectors,
      }),
      error: errorField(t, SimulateError),
    }),
  });

const hypothetical = (props: Record<string, unknown>) => ({
  ...props,
  inferred: true,
  confidence: 1,
  sourceIds: [],
  rationale: 'A hypothetical measure, asked of simulate; not in the graph.',
});

const badInput = (argument: string, message: string) =>
  new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', argument } });

/** The closest commodities to a good nobody knows: by HS code when it is one, else by name. */
async function closestGoods(context: Context, good: string) {
  const code = hsCodeOf(good);
  const ids = code
    ? await goodsNearCode(context.db, code)
    : await searchIds(context.db, good, ['Commodity'], 5);
  const nodes = await Promise.all(ids.map((id) => loadNode(context, id)));
  return nodes.filter((node) => node !== null);
}

builder.queryField('simulate', (t) =>
  t.field({
    type: SimulationResult,
    description:
      'Exposure under a measure that is not in the graph, computed without writing anything. An actor that names nothing, or a good nobody knows, is in `error`.',
    args: { measure: t.arg({ type: HypotheticalMeasureInput, required: true }) },
    resolve: (_root, { measure }, context) =>
      orError(
        SIMULATE_ERRORS,
        () => simulate(context, measure),
        () => ({ firms: [], sectors: [] }),
      ),
  }),
);

type HypotheticalMeasure = typeof HypotheticalMeasureInput.$inferInput;

/** The firms and sectors a measure that is not in the graph would expose. */
async function simulate(context: Context, measure: HypotheticalMeasure) {
  const scopeKind = measure.scope ?? 'NAMED_TARGETS';
  const targets = (measure.targets ?? []).map((g) => g.id);
  const exempt = (measure.exempt ?? []).map((g) => g.id);
  if (scopeKind === 'NAMED_TARGETS' && targets.length === 0)
    throw badInput('measure.targets', 'targets: name at least one target');
  if (measure.goods.length === 0)
    throw badInput('measure.goods', 'goods: name at least one covered good');
  await requireNodes(context, [measure.imposer.id, ...targets, ...exempt]);
  const { goodIds, unknown } = await resolveGoods(context.db, measure.goods.map(String));
  const [first] = unknown;
  if (first !== undefined) throw new UnknownGoodError(first, await closestGoods(context, first));
  const hop = (type: string, to: string) => ({
    type,
    from: 'hypothetical',
    to,
    props: hypothetical({}),
  });
  const scope: MeasureScope = {
    measureId: 'hypothetical',
    status: measure.status ?? 'IN_FORCE',
    uncertainty: null,
    scope: scopeKind,
    scopeProps: hypothetical({ scope: scopeKind }),
    imposerIds: [measure.imposer.id],
    exemptIds: exempt,
    targetHops: targets.map((id) => hop('TARGETS', id)),
    coverHops: goodIds.map((id) => hop('COVERS', id)),
  };
  return exposedDependents(context.db, scope, EXPOSURE_WEIGHTS.defaultDepth);
}
