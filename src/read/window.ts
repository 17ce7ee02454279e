// Pages of a connection: the window a client's `first`/`after`/`last`/`before` ask for, checked,
// and the edges and pageInfo of what was fetched. Shared by the planner (which cuts pages in
// Cypher) and the resolvers (which build the connection from them).
import { offsetForArgs } from '@pothos/plugin-relay';
import { GraphQLError } from 'graphql';

/** The largest page a client may ask for; more is an error, never a silent truncation. */
export const MAX_PAGE = 100;
/** The page of a root list when `first`/`last` is not given. */
export const DEFAULT_PAGE = 20;
/**
 * The page of a connection below the root when `first`/`last` is not given: smaller, because it
 * multiplies with every level above it (a natural three-level query stays within the cost limit).
 */
export const NESTED_PAGE = 10;

export interface PageArgs {
  /** Also retracted facts: items of a root list, relationships and their ends in a connection. */
  includeRetracted?: boolean | null;
  first?: number | null;
  last?: number | null;
  after?: string | null;
  before?: string | null;
}

/** The window of a connection asked with no paging argument, per default size (the common case). */
const defaultWindows = new Map<number, ReturnType<typeof offsetForArgs>>();

/** Offset and limit for connection arguments, with clear errors for what cannot be served. */
export function pageWindow(args: PageArgs, defaultSize = DEFAULT_PAGE) {
  // A nested connection is resolved once per parent, mostly without arguments: one window serves.
  if (args.first == null && args.last == null && args.after == null && args.before == null) {
    let window = defaultWindows.get(defaultSize);
    if (!window) {
      window = offsetForArgs({ args: {}, defaultSize, maxSize: MAX_PAGE });
      defaultWindows.set(defaultSize, window);
    }
    return window;
  }
  for (const name of ['first', 'last'] as const) {
    const value = args[name];
    if (value != null && (value < 0 || value > MAX_PAGE)) {
      throw new GraphQLError(
        `Argument "${name}" must be between 0 and ${MAX_PAGE}; got ${value}.`,
        {
          extensions: { code: 'BAD_USER_INPUT', argument: name },
        },
      );
    }
  }
  for (const name of ['after', 'before'] as const) {
    const cursor = args[name];
    if (cursor != null && !/^\d+$/.test(decodeCursor(cursor))) {
      throw new GraphQLError(`Argument "${name}" is not a cursor this API gave out: ${cursor}`, {
        extensions: { code: 'BAD_USER_INPUT', argument: name },
      });
    }
  }
  return offsetForArgs({ args, defaultSize, maxSize: MAX_PAGE });
}

function decodeCursor(cursor: string): string {
  const text = Buffer.from(cursor, 'base64').toString('utf8');
  return text.startsWith('OffsetConnection:') ? text.slice('OffsetConnection:'.length) : '';
}

/** The cursors of the first offsets, made once: every page's edges need them again. */
const firstCursors: string[] = [];

export function offsetCursor(offset: number): string {
  if (offset < 1000) {
    firstCursors[offset] ??= Buffer.from(`OffsetConnection:${offset}`).toString('base64');
    return firstCursors[offset];
  }
  return Buffer.from(`OffsetConnection:${offset}`).toString('base64');
}

export type PageWindow = ReturnType<typeof pageWindow>;

/**
 * Edges and pageInfo of one window. `fetched` holds up to `window.limit` items: one more than the
 * page, which tells whether a next page exists without counting.
 */
export function pageOf<T, E extends { cursor: string }>(
  window: PageWindow,
  fetched: T[],
  toEdge: (item: T, cursor: string) => E,
) {
  // A loop, not slice and map: a page of 50 measures builds ~150 of these per request.
  const size = Math.min(fetched.length, window.expectedSize);
  const edges: E[] = new Array(size);
  for (let index = 0; index < size; index++) {
    edges[index] = toEdge(fetched[index] as T, offsetCursor(window.offset + index));
  }
  return {
    edges,
    pageInfo: {
      hasNextPage: window.hasNextPage(fetched.length),
      hasPreviousPage: window.hasPreviousPage,
      startCursor: size > 0 ? (edges[0] as E).cursor : null,
      endCursor: size > 0 ? (edges[size - 1] as E).cursor : null,
    },
  };
}
