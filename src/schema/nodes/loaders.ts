import DataLoader from 'dataloader';
import type { Context } from '../../context.ts';
import { type NodeKind, readKinds, readNodes } from '../../db/batch.ts';
import type { GraphNode } from '../../db/graph-node.ts';

/**
 * The request's DataLoaders, one per distinct key (a relationship spec plus page arguments), made
 * on first use. Living on the context, they batch within one request and share nothing across
 * requests.
 */
export function loaderFor<K, V, C = K>(
  context: Context,
  key: string,
  batch: (keys: readonly K[]) => Promise<V[]>,
  options?: DataLoader.Options<K, V, C>,
): DataLoader<K, V, C> {
  // The context's map holds loaders of every key and value type; its key says which this is.
  const stored = context.loaders.get(key) as DataLoader<K, V, C> | undefined;
  if (stored) return stored;
  const loader = new DataLoader<K, V, C>(batch, options);
  context.loaders.set(key, loader);
  return loader;
}

/**
 * The request's loader of whole nodes by id: every id one level of the answer asks for is read
 * together, in one round trip (src/db/batch.ts).
 */
export function nodeLoader(context: Context): DataLoader<string, GraphNode | null> {
  return loaderFor<string, GraphNode | null>(context, 'nodes', (ids) => readNodes(context.db, ids));
}

/** The request's loader of node kinds by id (labels, hypothetical): for the argument checks. */
export function kindLoader(context: Context): DataLoader<string, NodeKind | null> {
  return loaderFor<string, NodeKind | null>(context, 'kinds', (ids) => readKinds(context.db, ids));
}
