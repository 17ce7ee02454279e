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

/**
 * Answers read ahead by a root query (src/schema/prefetch.ts), by request key. Kept beside the
 * loader rather than primed into it: DataLoader hands out even a cached value only when its next
 * batch is sent, which would hold the next level back by a round trip.
 */
const readAhead = new WeakMap<Context, Map<string, ReadAnswer>>();

export function putReadAhead(context: Context, request: ReadRequest, answer: ReadAnswer): void {
  let answers = readAhead.get(context);
  if (!answers) {
    answers = new Map();
    readAhead.set(context, answers);
  }
  answers.set(requestKey(request), answer);
}

/** What `request` reads: from the read-ahead answers when a root query fetched it, else loaded. */
export function read(context: Context, request: ReadRequest): ReadAnswer | Promise<ReadAnswer> {
  return readAhead.get(context)?.get(requestKey(request)) ?? readLoader(context).load(request);
}
