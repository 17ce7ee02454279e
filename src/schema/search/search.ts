import { GraphQLError } from 'graphql';
import { builder } from '../../builder.ts';
import { SEARCH_COLUMNS, search, searchHits, searchWords } from '../../db/search.ts';
import { SearchMatcher } from '../../db/search-match.ts';
import { readPlanned } from '../../read/run.ts';
import { DEFAULT_PAGE, MAX_PAGE, pageOf, pageWindow } from '../lists/connections.ts';
import { includeRetractedArg } from '../lists/retracted-arg.ts';
import {
  type HitRow,
  hitOf,
  SearchConnectionRef,
  type SearchEdge,
  selectsMatch,
} from './search-edge.ts';

/** Longer input is not a search but a paste; refusing it keeps the Lucene query small. */
const MAX_QUERY_LENGTH = 200;

/** What `search` can be narrowed to; each value is the graph label it stands for. */
export const SearchKind = builder.enumType('SearchKind', {
  description: 'A kind of node `search` can find.',
  values: {
    ACTOR: { value: 'Actor', description: 'Any country, person or organisation.' },
    COUNTRY: { value: 'Country' },
    PERSON: { value: 'Person' },
    ORGANIZATION: {
      value: 'Organization',
      description: 'Any company, government body, media outlet or research institute.',
    },
    COMPANY: { value: 'Company', description: 'A firm.' },
    GOVERNMENT_BODY: { value: 'GovernmentBody' },
    MEDIA_OUTLET: { value: 'MediaOutlet' },
    RESEARCH_INSTITUTE: { value: 'ResearchInstitute' },
    COMMODITY: { value: 'Commodity' },
    SECTOR: { value: 'Sector' },
    MEASURE: { value: 'Measure' },
    EVENT: { value: 'Event' },
    STATEMENT: { value: 'Statement' },
    OBSERVATION: { value: 'Observation' },
    TRADE_FLOW: { value: 'TradeFlow' },
    SUPPLY_DEPENDENCY: { value: 'SupplyDependency' },
    IMPACT_ESTIMATE: { value: 'ImpactEstimate' },
    SOURCE: { value: 'Source' },
  } as const,
});

function badInput(argument: string, message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', argument } });
}

builder.queryField('search', (t) =>
  t.field({
    type: SearchConnectionRef,
    description:
      'Full-text search over every kind of node: captions, aliases ("MHI", "Beijing"), official names, descriptions, summaries, statement texts, positions held, HS codes; a connection of hits, best first (ranked by Lucene score, ties by id). ' +
      'Every word must match, in any case, accents, British or American spelling, or English form (license, licence, licensing); the last may be a prefix ("mitsub"). ' +
      'When that finds nothing, each word may be misspelt by 1 edit (4–5 letters) or 2 (6 or more): "Mitsubshi Heavy". ' +
      'Query syntax is not interpreted: `AND`, `*`, `"` … are plain text, and input with no letter or digit finds nothing. ' +
      'Pages go on with `after` (offset cursors, as every root list): each request ranks the hits again and reads them down to its page’s end and one more (is there a next page?), so pages follow one another without overlap while the graph is unchanged.',
    args: {
      query: t.arg.string({ required: true }),
      kinds: t.arg({
        type: [SearchKind],
        required: false,
        description:
          'Only nodes of any of these kinds (absent or empty: every kind). An edge’s `node` is still typed `Node`, but with kinds every edge’s node is of one of those kinds: with `kinds: [COMPANY]`, a fragment `... on Company` sees every hit.',
      }),
      first: t.arg.int({
        required: false,
        defaultValue: DEFAULT_PAGE,
        description: `How many hits, at most ${MAX_PAGE}.`,
      }),
      after: t.arg.string({
        required: false,
        description: 'The hits after this cursor (an edge’s `cursor`, or `pageInfo.endCursor`).',
      }),
      includeRetracted: includeRetractedArg(t.arg, 'Also retracted nodes.'),
    },
    resolve: async (_root, args, context, info) => {
      // `first` out of range or a cursor we did not give out: BAD_USER_INPUT naming the argument.
      const window = pageWindow({ first: args.first ?? DEFAULT_PAGE, after: args.after });
      if (args.query.length > MAX_QUERY_LENGTH) {
        throw badInput(
          'query',
          `Argument "query" must be at most ${MAX_QUERY_LENGTH} characters; got ${args.query.length}.`,
        );
      }
      const request = {
        query: args.query,
        labels: args.kinds?.length ? [...args.kinds] : null,
        // The hits up to this page's end and one more (is there a next page?), best first: the
        // ranking is Lucene's, so a later page is cut from the same ranking read again.
        limit: window.offset + window.limit,
        asked: window.offset + window.expectedSize,
        includeRetracted: args.includeRetracted ?? false,
        withTexts: selectsMatch(info),
      };
      // One round trip (two when exact finds nothing): the hits and, projected on each hit's
      // node, what the client selected of it at `edges { node }` (src/read/).
      const { rows, fuzzy } = await search(request, async (params) => {
        const read = await readPlanned(context, info, {
          query: searchHits,
          params: { ...params },
          type: 'Node',
          shape: 'connection',
          columns: SEARCH_COLUMNS,
        });
        return read.nodes.flatMap((node, i) =>
          node ? [{ node, ...read.columns[i] } as HitRow] : [],
        );
      });
      const matcher = new SearchMatcher(searchWords(args.query), fuzzy);
      const fetched = rows.slice(window.offset).map((row) => hitOf(row, matcher, fuzzy));
      return pageOf(window, fetched, (hit, cursor): SearchEdge => ({ ...hit, cursor }));
    },
  }),
);
