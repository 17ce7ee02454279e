import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../../context.ts';
import type { GraphNode, RelatedItem } from '../../db/graph-node.ts';
import { countRelated, type RelationSpec } from '../../db/related.ts';
import { plannedLate } from '../../read/late.ts';
import { type PlannedItem, type PlannedPage, plannedPage } from '../../read/planned-node.ts';
import { relatedKey } from '../../read/related-key.ts';
import { NESTED_PAGE, type PageArgs, pageOf, pageWindow } from '../../read/window.ts';
import { loaderFor } from '../nodes/loaders.ts';

export {
  DEFAULT_PAGE,
  MAX_PAGE,
  NESTED_PAGE,
  offsetCursor,
  type PageArgs,
  type PageWindow,
  pageOf,
  pageWindow,
} from '../../read/window.ts';

const NO_PROPERTIES: Record<string, unknown> = Object.freeze({});

/** What a relationship connection resolves to: the page plus what `totalCount` needs. */
export interface RelatedConnection {
  edges: (RelatedItem & { cursor: string })[];
  pageInfo: {
    hasNextPage: boolean;
    hasPreviousPage: boolean;
    startCursor: string | null;
    endCursor: string | null;
  };
  parentId: string;
  spec: RelationSpec;
  includeRetracted: boolean;
  /** The count its planned read made, when `totalCount` was selected. */
  total?: number;
}

/**
 * One page of a relationship of `parent`: the page its planned read fetched (src/read/), or the
 * one planned now for a parent that came from elsewhere (src/read/late.ts).
 */
export function resolveRelated(
  context: Context,
  parent: GraphNode,
  spec: RelationSpec,
  args: PageArgs,
  info: GraphQLResolveInfo,
): RelatedConnection | Promise<RelatedConnection> {
  const window = pageWindow(args, NESTED_PAGE);
  return withPlannedPage(context, parent, info, (page) =>
    connectionOf(page, window, parent, spec, args),
  );
}

/**
 * The nodes of a relationship read as a plain list (relation-field.ts `relationList`): planned
 * with the parent as a connection's page is, here without edges.
 */
export function resolveRelatedNodes(
  context: Context,
  parent: GraphNode,
  info: GraphQLResolveInfo,
): GraphNode[] | Promise<GraphNode[]> {
  return withPlannedPage(context, parent, info, (page) => page.items.map((item) => item.node));
}

/**
 * `use` of the page of the relationship field being resolved on `parent`. Synchronous when the
 * parent's planned read fetched it (every read but a mutation's): a page of 50 nodes with three
 * relationships each would otherwise cost 150 promises. For a parent no planned read fetched (a
 * mutation's node), the field is planned now, with its siblings'.
 */
function withPlannedPage<T>(
  context: Context,
  parent: GraphNode,
  info: GraphQLResolveInfo,
  use: (page: PlannedPage) => T,
): T | Promise<T> {
  const [field] = info.fieldNodes;
  const key = field ? relatedKey(field) : '';
  const planned = plannedPage(parent, key);
  if (planned) return use(planned);
  return plannedLate(context, info, parent.id).then((late) =>
    use(plannedPage(late, key) ?? { items: [] }),
  );
}

/** An edge of a planned item; the planner leaves out the relationship when no field reads it. */
const edgeOf = (item: PlannedItem, cursor: string) => ({
  node: item.node,
  relationship: item.relationship ?? NO_PROPERTIES,
  sources: item.sources,
  cursor,
});

function connectionOf(
  planned: PlannedPage,
  window: ReturnType<typeof pageWindow>,
  parent: GraphNode,
  spec: RelationSpec,
  args: PageArgs,
): RelatedConnection {
  const { edges, pageInfo } = pageOf(window, planned.items, edgeOf);
  const connection: RelatedConnection = {
    edges,
    pageInfo,
    parentId: parent.id,
    spec,
    includeRetracted: args.includeRetracted ?? false,
  };
  if (planned.total !== undefined) connection.total = planned.total;
  return connection;
}

/** totalCount of a relationship connection: a second, batched query, only when asked for. */
export function countRelatedFor(context: Context, connection: RelatedConnection): Promise<number> {
  if (connection.total !== undefined) return Promise.resolve(connection.total);
  const { spec, includeRetracted } = connection;
  const key = `count:${spec.direction}:${spec.type}:${spec.label}:${includeRetracted}`;
  return loaderFor<string, number>(context, key, (ids) =>
    countRelated(context.db, spec, ids, includeRetracted),
  ).load(connection.parentId);
}
