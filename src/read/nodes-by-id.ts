/**
 * Nodes that a resolver knows only by id (the firm of an exposure path, the node a
 * mutation wrote): read by the planner for the field's own selection, every sibling of a level in
 * one round trip. The loader is per field position in the document (and per `knownAt`), so all
 * the ids it batches want the same projection.
 */
import DataLoader from 'dataloader';
import { type GraphQLResolveInfo, getNamedType } from 'graphql';
import type { Context } from '../context.ts';
import type { PlannedNode } from './planned-node.ts';
import { relatedKey } from './related-key.ts';
import { findNodes } from './roots.ts';
import { readPlanned } from './run.ts';

const loaders = new WeakMap<Context, Map<string, DataLoader<string, PlannedNode | null>>>();

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
  let byField = loaders.get(context);
  if (!byField) {
    byField = new Map();
    loaders.set(context, byField);
  }
  const [field] = info.fieldNodes;
  const key = `${field ? relatedKey(field) : String(info.path.key)}|${knownAt ?? ''}`;
  let loader = byField.get(key);
  if (!loader) {
    const type = getNamedType(info.returnType).name;
    loader = new DataLoader<string, PlannedNode | null>(async (ids) => {
      const known = knownAt !== null;
      const read = await readPlanned(context, info, {
        query: findNodes,
        params: {
          requests: ids.map((id) => ({ id, label: null })),
          ...(known ? { knownAt } : {}),
        },
        type,
        shape: 'node',
        known,
      });
      return read.nodes;
    });
    byField.set(key, loader);
  }
  return loader;
}
