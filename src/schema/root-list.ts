import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../context.ts';
import type { GraphNode } from '../db/graph-node.ts';
import type { Prefetch } from '../db/related.ts';
import { type PageArgs, pageOf, pageWindow } from './connections.ts';
import { keepRelated, prefetchFor } from './prefetch.ts';

/** A root connection page; `totalCount` runs its count query only when a client selects it. */
export interface RootConnection {
  edges: { cursor: string; node: GraphNode }[];
  pageInfo: {
    hasNextPage: boolean;
    hasPreviousPage: boolean;
    startCursor: string | null;
    endCursor: string | null;
  };
  totalCount: () => Promise<number>;
}

/**
 * Resolves a root list: `page(offset, limit)` cuts the page in the database (SKIP/LIMIT),
 * `count()` is the same filter counted.
 */
export async function resolveRootList(
  context: Context,
  args: PageArgs,
  page: (offset: number, limit: number, prefetch?: Prefetch) => Promise<GraphNode[]>,
  count: () => Promise<number>,
  /** For lists whose query reads ahead (a `related` column): the field's info and node type. */
  lookAhead?: { info: GraphQLResolveInfo; type: string },
): Promise<RootConnection> {
  const window = pageWindow(args);
  const prefetch = lookAhead && prefetchFor(lookAhead.info, 'connection', lookAhead.type);
  const items = await page(window.offset, window.limit, prefetch);
  if (prefetch) keepRelated(context, prefetch, items);
  return { ...pageOf(window, items, (node, cursor) => ({ node, cursor })), totalCount: count };
}

/**
 * A list ranked in code (exposure scores), paged after ranking: the ranking needs every item,
 * so the window is cut here rather than in the database.
 */
export function pageRanked<T>(items: T[], args: PageArgs) {
  const window = pageWindow(args);
  const fetched = items.slice(window.offset, window.offset + window.limit);
  return {
    ...pageOf(window, fetched, (node, cursor) => ({ node, cursor })),
    totalCount: () => Promise.resolve(items.length),
  };
}
