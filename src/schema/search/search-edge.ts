/**
 * The connection `search` answers: each edge a hit, with its node as the planner read it (only
 * what the client selected), its score, and where it matched. The match (field, snippet, words) is
 * worked out in code (search-match.ts) and only when one of those fields is selected: a source's
 * whole text is long to read and scan.
 */

import type { PageInfoShape } from '@pothos/plugin-relay';
import type { GraphQLObjectType, GraphQLResolveInfo } from 'graphql';
import { getNamedType } from 'graphql';
import { builder } from '../../builder.ts';
import type { Position } from '../../db/search.ts';
import {
  bestField,
  type FieldMatch,
  SEARCHED_FIELDS,
  type SearchMatcher,
} from '../../db/search-match.ts';
import type { PlannedNode } from '../../read/planned-node.ts';
import { operationOf, selectedFields, selectionSetsOf } from '../../read/selection.ts';
import { rootEdge } from '../lists/root-list.ts';

/** A hit of `search`, before it gets its cursor. */
export interface SearchHit {
  node: PlannedNode;
  score: number;
  /** Found only by approximate matching: no word matched as typed. */
  fuzzy: boolean;
  /** Which field matched, worked out when first asked. */
  match: () => FieldMatch;
}

/** An edge of the `search` connection: a hit at its place in the ranking. */
export type SearchEdge = SearchHit & { cursor: string };

/** A row of the planned search: the node and the columns read beside it. */
export interface HitRow {
  node: PlannedNode;
  score: number;
  positions: Position[];
  texts: unknown[];
}

export function hitOf(row: HitRow, matcher: SearchMatcher, fuzzy: boolean): SearchHit {
  let match: FieldMatch | undefined;
  const find = (): FieldMatch => {
    const props = Object.fromEntries(
      SEARCHED_FIELDS.map((field, i) => [field, row.texts[i] ?? undefined]),
    );
    // A hit the index found by a field our matcher reads differently still says where to look.
    const fallback = { field: 'name', snippet: String(props.name ?? row.node.id), matched: [] };
    return bestField(props, row.positions, matcher) ?? fallback;
  };
  return { node: row.node, score: row.score, fuzzy, match: () => (match ??= find()) };
}

/** The fields of an edge that need the match, and so the searched properties read. */
const MATCH_FIELDS = new Set(['field', 'snippet', 'matched']);

/** Whether the `search` field being resolved selects any of the match's fields on its edges. */
export function selectsMatch(info: GraphQLResolveInfo): boolean {
  const operation = operationOf(info);
  const sets = selectionSetsOf(info);
  const connection = getNamedType(info.returnType) as GraphQLObjectType;
  return selectedFields(operation, sets, connection)
    .filter((field) => field.name === 'edges')
    .some((edges) => {
      const edge = getNamedType(edges.definition.type) as GraphQLObjectType;
      return selectedFields(operation, edges.selections, edge).some((field) =>
        MATCH_FIELDS.has(field.name),
      );
    });
}

type NodeInterface = ReturnType<typeof builder.nodeInterfaceRef>;

/** What `search` resolves to: its edges are hits, which the edge type's fields read. */
interface SearchConnection {
  edges: SearchEdge[];
  pageInfo: PageInfoShape;
}

export const SearchConnectionRef = builder.connectionObject<NodeInterface, SearchConnection>(
  {
    type: builder.nodeInterfaceRef(),
    name: 'QuerySearchConnection',
    description: 'The hits of a search, best first (by Lucene score), one page.',
  },
  {
    ...rootEdge('search'),
    description: 'A node that matches a search, with how well and where it matches.',
    fields: (t) => ({
      field: t.string({
        description:
          'The property that matched best (`name`, `aliases`, `description`, `text` …), or `position` for a position the node’s person holds (“Chief Cabinet Secretary, Japan”).',
        resolve: (hit) => hit.match().field,
      }),
      snippet: t.string({
        description: 'The matching text of that field, cut around the first match when long.',
        resolve: (hit) => hit.match().snippet,
      }),
      matched: t.stringList({
        description: 'The words of the snippet that matched, as written there.',
        resolve: (hit) => hit.match().matched,
      }),
      fuzzy: t.exposeBoolean('fuzzy', {
        description:
          'Found by approximate matching only (no exact hit for every word): “Mitsubshi” for Mitsubishi.',
      }),
      score: t.float({
        description: 'Lucene relevance: higher is better; compare within one search only.',
        resolve: (hit) => hit.score,
      }),
    }),
  },
);
