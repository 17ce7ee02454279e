import DataLoader from 'dataloader';
import type { Context } from '../context.ts';

/**
 * The request's DataLoaders, one per distinct key (a relationship spec plus page arguments), made
 * on first use. Living on the context, they batch within one request and share nothing across
 * requests.
 */
export function loaderFor<K, V>(
  context: Context,
  key: string,
  batch: (keys: readonly K[]) => Promise<V[]>,
): DataLoader<K, V> {
  let loader = context.loaders.get(key);
  if (!loader) {
    loader = new DataLoader<K, V>(batch);
    context.loaders.set(key, loader);
  }
  return loader as DataLoader<K, V>;
}
