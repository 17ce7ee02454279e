import { GraphQLError } from 'graphql';
import { builder } from '../../builder.ts';
import { SEARCH_COLUMNS, search, searchHits, searchWords } from '../../db/search.ts';
import { SearchMatcher } from '../../db/search-match.ts';
import { readPlanned } from '../../read/run.ts';
import { DEFAULT_PAGE, MAX_PAGE } from '../lists/connections.ts';
import { includeRetractedArg } from '../lists/retracted-arg.ts';
import { type HitRow, hitOf, SearchHitRef, selectsMatch } from './search-hit.ts';

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
    type: [SearchHitRef],
    description:
      'Full-text search over every kind of node: captions, aliases ("MHI", "Beijing"), official names, descriptions, summaries, statement texts, positions held, HS codes; best first. ' +
      'Every word must match, in any case, accents, British or American spelling, or English form (license, licence, licensing); the last may be a prefix ("mitsub"). ' +
      'When that finds nothing, each word may be misspelt by 1 edit (4–5 letters) or 2 (6 or more): "Mitsubshi Heavy". ' +
      'Query syntax is not interpreted: `AND`, `*`, `"` … are plain text, and input with no letter or digit finds nothing.',
    args: {
      query: t.arg.string({ required: true }),
      kinds: t.arg({
        type: [SearchKind],
        required: false,
        description: 'Only nodes of any of these kinds (absent or empty: every kind).',
      }),
      first: t.arg.int({
        required: false,
        defaultValue: DEFAULT_PAGE,
        description: `How many hits, at most ${MAX_PAGE}.`,
      }),
      includeRetracted: includeRetractedArg(t.arg, 'Also retracted nodes.'),
    },
    resolve: async (_root, args, context, info) => {
      const first = args.first ?? DEFAULT_PAGE;
      if (first < 0 || first > MAX_PAGE) {
        throw badInput(
          'first',
          `Argument "first" must be between 0 and ${MAX_PAGE}; got ${first}.`,
        );
      }
      if (args.query.length > MAX_QUERY_LENGTH) {
        throw badInput(
          'query',
          `Argument "query" must be at most ${MAX_QUERY_LENGTH} characters; got ${args.query.length}.`,
        );
      }
      const request = {
        query: args.query,
        labels: args.kinds?.length ? [...args.kinds] : null,
        limit: first,
        includeRetracted: args.includeRetracted ?? false,
        withTexts: selectsMatch(info),
      };
      // One round trip (two when exact finds nothing): the hits and, projected on each hit's
      // node, what the client selected of it (src/read/).
      const { rows, fuzzy } = await search(request, async (params) => {
        const read = await readPlanned(context, info, {
          query: searchHits,
          params: { ...params },
          type: 'Node',
          shape: 'hit',
          columns: SEARCH_COLUMNS,
        });
        return read.nodes.flatMap((node, i) =>
          node ? [{ node, ...read.columns[i] } as HitRow] : [],
        );
      });
      const matcher = new SearchMatcher(searchWords(args.query), fuzzy);
      return rows.map((row) => hitOf(row, matcher, fuzzy));
    },
  }),
);
