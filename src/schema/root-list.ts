import type { GraphQLResolveInfo } from 'graphql';
import neo4j from 'neo4j-driver';
import type { Context } from '../context.ts';
import type { GraphNode } from '../db/graph-node.ts';
import type { Prefetch } from '../db/related.ts';
import type { RootRead } from '../read/plan.ts';
import type { PlannedNode } from '../read/planned-node.ts';
import { readPlanned } from '../read/run.ts';
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

/** A root list read by the planner (src/read/): its root query and that query's parameters. */
export type PlannedList = Omit<RootRead, 'type' | 'shape'>;

/**
 * Resolves a root list: the page is cut in the database (SKIP/LIMIT) and, when the list has a
 * planned read, the page and everything the client selected below it come in one round trip
 * (src/read/). `count()` is the same filter counted, run only if `totalCount` is selected.
 */
export async function resolveRootList(
  context: Context,
  args: PageArgs,
  page: (offset: number, limit: number, prefetch?: Prefetch) => Promise<GraphNode[]>,
  count: () => Promise<number>,
  /** The field's info and node type: for the planned read, or the look-ahead of older reads. */
  lookAhead?: { info: GraphQLResolveInfo; type: string; planned?: PlannedList },
): Promise<RootConnection> {
  const window = pageWindow(args);
  if (lookAhead?.planned && context.reads !== 'loader') {
    const { info, type, planned } = lookAhead;
    const params = {
      ...planned.params,
      offset: neo4j.int(window.offset),
      limit: neo4j.int(window.limit),
    };
    const read = await readPlanned(context, info, {
      ...planned,
      params,
      type,
      shape: 'connection',
    });
    const items = read.nodes.filter((node): node is PlannedNode => node !== null);
    const { total } = read;
    const totalCount = total === undefined ? count : () => Promise.resolve(total);
    return { ...pageOf(window, items, (node, cursor) => ({ node, cursor })), totalCount };
  }
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
