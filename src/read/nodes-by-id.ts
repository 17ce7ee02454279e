/**
 * Nodes that a resolver knows only by id (the firm of an exposure path, the node a
 * mutation wrote): read by the planner for the field's own selection, every sibling of a level in
 * one round trip. The ids a loader batches all want the same projection: one loader per planned
 * statement and its values (and `knownAt`), shared by the field positions that plan the same.
 */
import DataLoader from 'dataloader';
import { type GraphQLResolveInfo, getNamedType } from 'graphql';
import type { Context } from '../context.ts';
import { planFor } from './plan.ts';
import type { PlannedNode } from './planned-node.ts';
import { relatedKey } from './related-key.ts';
import { findNodes } from './roots.ts';
import { readPlanned } from './run.ts';

type Loader = DataLoader<string, PlannedNode | null>;
/** Per request: the loader of each field position, and the one each distinct read is batched in. */
const byContext = new WeakMap<
  Context,
  { byPosition: Map<string, Loader>; byPlan: Map<string, Loader> }
>();

/** The node with this id, planned for the selection of the field being resolved. */
export function plannedNodeById(
  context: Context,
  info: GraphQLResolveInfo,
  id: string,
  knownAt: string | null = null,
): Promise<PlannedNode | null> {
  return loaderFor(context, info, knownAt).load(id);
}

/** The nodes with these ids, in order (null where there is none). */
export function plannedNodesById(
  context: Context,
  info: GraphQLResolveInfo,
  ids: readonly string[],
  knownAt: string | null = null,
): Promise<(PlannedNode | null)[]> {
  return loaderFor(context, info, knownAt)
    .loadMany(ids)
    .then((nodes) => nodes.map((node) => (node instanceof Error ? null : node)));
}

function loaderFor(context: Context, info: GraphQLResolveInfo, knownAt: string | null) {
  let loaders = byContext.get(context);
  if (!loaders) {
    loaders = { byPosition: new Map(), byPlan: new Map() };
    byContext.set(context, loaders);
  }
  const [field] = info.fieldNodes;
  const position = `${field ? relatedKey(field) : String(info.path.key)}|${knownAt ?? ''}`;
  let loader = loaders.byPosition.get(position);
  if (!loader) {
    const root = rootFor(info, knownAt, []);
    // Positions whose reads are the same statement with the same values share one loader, so
    // one round trip: a hop's `from { id }` and `to { id }`, the firm of every exposure path.
    const plan = planFor(info, root, context.reads === 'whole');
    const values = [...plan.params].map(([name, value]) => [name, value(info.variableValues)]);
    const same = `${root.type}|${knownAt ?? ''}|${plan.text}|${JSON.stringify(values)}`;
    loader = loaders.byPlan.get(same);
    if (!loader) {
      loader = new DataLoader<string, PlannedNode | null>(async (ids) => {
        const read = await readPlanned(context, info, rootFor(info, knownAt, ids));
        return read.nodes;
      });
      loaders.byPlan.set(same, loader);
    }
    loaders.byPosition.set(position, loader);
  }
  return loader;
}

/** The planned read of nodes by id, for the field being resolved. */
function rootFor(info: GraphQLResolveInfo, knownAt: string | null, ids: readonly string[]) {
  const known = knownAt !== null;
  return {
    query: findNodes,
    params: {
      requests: ids.map((id) => ({ id, label: null })),
      ...(known ? { knownAt } : {}),
    },
    type: getNamedType(info.returnType).name,
    shape: 'node' as const,
    known,
  };
}
