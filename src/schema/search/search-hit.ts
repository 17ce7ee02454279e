/**
 * A hit of `search`: its node as the planner read it (only what the client selected), its score,
 * and where it matched. The match (field, snippet, words) is worked out in code (search-match.ts)
 * and only when one of those fields is selected: a source's whole text is long to read and scan.
 */
import type { GraphQLResolveInfo } from 'graphql';
import { builder } from '../../builder.ts';
import type { Position } from '../../db/search.ts';
import {
  bestField,
  type FieldMatch,
  SEARCHED_FIELDS,
  type SearchMatcher,
} from '../../db/search-match.ts';
import type { PlannedNode } from '../../read/planned-node.ts';
import { fieldsSelectedHere } from '../../read/selection.ts';

export interface SearchHit {
  node: PlannedNode;
  score: number;
  /** Found only by approximate matching: no word matched as typed. */
  fuzzy: boolean;
  /** Which field matched, worked out when first asked. */
  match: () => FieldMatch;
}

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

/** The fields of a hit that need the match, and so the searched properties read. */
const MATCH_FIELDS = new Set(['field', 'snippet', 'matched']);

/** Whether the `search` field being resolved selects any of the match's fields on its hits. */
export function selectsMatch(info: GraphQLResolveInfo): boolean {
  return fieldsSelectedHere(info).some((name) => MATCH_FIELDS.has(name));
}

export const SearchHitRef = builder.objectRef<SearchHit>('SearchHit').implement({
  description: 'A node that matches a search, with how well it matches.',
  fields: (t) => ({
    node: t.field({ type: builder.nodeInterfaceRef(), resolve: (hit) => hit.node as never }),
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
});
