import type { Context } from '../context.ts';
import type { GraphNode } from '../db/graph-node.ts';
import { offsetCursor, type PageArgs, pageWindow } from './connections.ts';

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
  _context: Context,
  args: PageArgs,
  page: (offset: number, limit: number) => Promise<GraphNode[]>,
  count: () => Promise<number>,
): Promise<RootConnection> {
  const window = pageWindow(args);
  const items = await page(window.offset, window.limit);
  const edges = items
    .slice(0, window.expectedSize)
    .map((node, index) => ({ node, cursor: offsetCursor(window.offset + index) }));
  return {
    edges,
    pageInfo: {
      hasNextPage: window.hasNextPage(items.length),
      hasPreviousPage: window.hasPreviousPage,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    totalCount: count,
  };
}
