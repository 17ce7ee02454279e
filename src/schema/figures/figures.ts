// The figures of the dispute: market moves (Observation), trade (TradeFlow, SupplyDependency) and
// forecasts (ImpactEstimate), and a root list of each, so that an analyst can find them without
// knowing what they hang from.
import { builder } from '../../builder.ts';
import { countFigurePage, countFigures, type FigureLabel } from '../../db/figures.ts';
import { listFigures } from '../../read/roots.ts';
import { includeRetractedArg } from '../lists/retracted-arg.ts';
import { resolveRootList, rootEdge } from '../lists/root-list.ts';
import {
  ImpactEstimateRef,
  type NodeTypeRef,
  ObservationRef,
  SupplyDependencyRef,
  TradeFlowRef,
} from '../nodes/node-refs.ts';
import './observation.ts';
import './trade.ts';
import './impact-estimate.ts';
import { totalCountOf } from '../lists/root-total-count.ts';

type QueryFieldBuilder = Parameters<Parameters<typeof builder.queryFields>[0]>[0];

/** The root list `field` of every figure of one kind, by id, paged in the database. */
function figureList(
  t: QueryFieldBuilder,
  field: string,
  type: NodeTypeRef,
  label: FigureLabel,
  description: string,
) {
  return t.connection(
    {
      type,
      description,
      args: { includeRetracted: includeRetractedArg(t.arg, 'Also retracted figures.') },
      resolve: (_root, args, context, info) => {
        const includeRetracted = args.includeRetracted ?? false;
        return resolveRootList(
          context,
          args,
          () => countFigurePage(context.db, label, includeRetracted),
          {
            info,
            type: label,
            planned: {
              query: listFigures,
              count: countFigures,
              params: { label, includeRetracted },
            },
          },
        );
      },
    },
    {
      fields: (c) => ({
        totalCount: totalCountOf(c),
      }),
    },
    rootEdge(field),
  );
}

builder.queryFields((t) => ({
  observations: figureList(
    t,
    'observations',
    ObservationRef,
    'Observation',
    'Measured movements, by id.',
  ),
  tradeFlows: figureList(t, 'tradeFlows', TradeFlowRef, 'TradeFlow', 'Trade flows, by id.'),
  supplyDependencies: figureList(
    t,
    'supplyDependencies',
    SupplyDependencyRef,
    'SupplyDependency',
    'Shares of an importer’s supply from one supplier, by id.',
  ),
  impactEstimates: figureList(
    t,
    'impactEstimates',
    ImpactEstimateRef,
    'ImpactEstimate',
    'Forecasts of what scenarios cost, by id.',
  ),
}));
