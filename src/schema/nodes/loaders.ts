import DataLoader from 'dataloader';
import type { Context } from '../../context.ts';
import { readNodes } from '../../db/batch.ts';
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
  let loader = context.loaders.get(key);
  if (!loader) {
    loader = new DataLoader<K, V, C>(batch, options) as unknown as DataLoader<never, unknown>;
    context.loaders.set(key, loader);
  }
  return loader as unknown as DataLoader<K, V, C>;
}

/**
 * The request's loader of whole nodes by id: every id one level of the answer asks for is read
 * together, in one round trip (src/db/batch.ts).
 */
export function nodeLoader(context: Context): DataLoader<string, GraphNode | null> {
  return loaderFor<string, GraphNode | null>(context, 'nodes', (ids) => readNodes(context.db, ids));
}
