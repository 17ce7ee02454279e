/**
 * A relationship page (or a fact's sources) whose parent no planned read fetched:
 * the node a mutation wrote, an exposure path's firm read before its connections were asked.
 * It is planned when asked, with the same projection code, for every sibling parent of the
 * level at once: one round trip per field position, as the level-by-level loaders were, and one
 * read path. The parent is projected with that field alone.
 */
import DataLoader from 'dataloader';
import { type GraphQLResolveInfo, Kind, type SelectionSetNode } from 'graphql';
import type { Context } from '../context.ts';
import type { PlannedNode } from './planned-node.ts';
import { relatedKey } from './related-key.ts';
import { findNodes } from './roots.ts';
import { readPlanned } from './run.ts';

const loaders = new WeakMap<Context, Map<string, DataLoader<string, PlannedNode | null>>>();

/** The parent `id` re-read with the field being resolved planned on it (its page, its sources). */
export function plannedLate(
  context: Context,
  info: GraphQLResolveInfo,
  id: string,
): Promise<PlannedNode | null> {
  let byField = loaders.get(context);
  if (!byField) {
    byField = new Map();
    loaders.set(context, byField);
  }
  const [field] = info.fieldNodes;
  const key = field ? relatedKey(field) : String(info.path.key);
  let loader = byField.get(key);
  if (!loader) {
    const selections: SelectionSetNode[] = [
      { kind: Kind.SELECTION_SET, selections: [...info.fieldNodes] },
    ];
    loader = new DataLoader<string, PlannedNode | null>(async (ids) => {
      const read = await readPlanned(context, info, {
        query: findNodes,
        params: { requests: ids.map((one) => ({ id: one, label: null })) },
        type: info.parentType.name,
        shape: 'node',
        selections,
      });
      return read.nodes;
    });
    byField.set(key, loader);
  }
  return loader.load(id);
}
