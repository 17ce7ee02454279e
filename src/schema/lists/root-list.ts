import type { GraphQLResolveInfo } from 'graphql';
import neo4j from 'neo4j-driver';
import type { Context } from '../../context.ts';
import type { GraphNode } from '../../db/graph-node.ts';
import type { RootRead } from '../../read/plan.ts';
import type { PlannedNode } from '../../read/planned-node.ts';
import { readPlanned } from '../../read/run.ts';
import { type PageArgs, pageOf, pageWindow } from './connections.ts';

/** A root connection page; `totalCount` runs its count query only when a client selects it. */
/**
 * The edge type of a root list, named as every other edge is, `<Parent><Field>Edge`
 * (`QueryMeasuresEdge`, as `MeasureCoversEdge`), not Pothos' `QueryMeasuresConnectionEdge`.
 */
export const rootEdge = (field: string) => ({
  name: `Query${field.charAt(0).toUpperCase()}${field.slice(1)}Edge`,
});

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
 * Resolves a root list with the planner (src/read/): the page, cut in the database, and everything
 * the client selected below it come in one round trip. `count()` is the same filter counted, run
 * only if `totalCount` is selected and the planned read did not count already.
 */
export async function resolveRootList(
  context: Context,
  args: PageArgs,
  count: () => Promise<number>,
  /** The field's info, its node type, and its root query with the query's parameters. */
  { info, type, planned }: { info: GraphQLResolveInfo; type: string; planned: PlannedList },
): Promise<RootConnection> {
  const window = pageWindow(args);
  const params = {
    ...planned.params,
    offset: neo4j.int(window.offset),
    limit: neo4j.int(window.limit),
  };
  const read = await readPlanned(context, info, { ...planned, params, type, shape: 'connection' });
  const items = read.nodes.filter((node): node is PlannedNode => node !== null);
  const { total } = read;
  const totalCount = total === undefined ? count : () => Promise.resolve(total);
  return { ...pageOf(window, items, (node, cursor) => ({ node, cursor })), totalCount };
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
