import DataLoader from 'dataloader';
import type { Context } from '../../context.ts';
import { type ReadRequest, readBatch, requestKey } from '../../db/batch.ts';
import type { GraphNode, RelatedItem } from '../../db/graph-node.ts';

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
 * The request's one loader of nodes and relationship pages: what the resolvers of one GraphQL
 * level ask for (the node of `node(id)`, each field's page of related nodes, the sources of each
 * fact) is fetched together, in one round trip (src/db/batch.ts).
 */
export function readLoader(context: Context): DataLoader<ReadRequest, ReadAnswer, string> {
  return loaderFor<ReadRequest, ReadAnswer, string>(
    context,
    'read',
    (requests) => readBatch(context.db, requests),
    { cacheKeyFn: requestKey },
  );
}

type ReadAnswer = GraphNode | null | RelatedItem[];
