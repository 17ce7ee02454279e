import { GraphQLError } from 'graphql';
import { builder } from '../builder.ts';
import { type SearchHit, searchNodes } from '../db/search.ts';
import { DEFAULT_PAGE, MAX_PAGE } from './connections.ts';
import { FactRef } from './fact.ts';
import { includeRetractedArg } from './retracted-arg.ts';

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
    COMMODITY: { value: 'Commodity' },
    SECTOR: { value: 'Sector' },
    MEASURE: { value: 'Measure' },
    EVENT: { value: 'Event' },
    STATEMENT: { value: 'Statement' },
  } as const,
});

const SearchHitRef = builder.objectRef<SearchHit>('SearchHit').implement({
  description: 'A node that matches a search, with how well it matches.',
  fields: (t) => ({
    node: t.field({ type: FactRef, resolve: (hit) => hit.node }),
    score: t.float({
      description: 'Lucene relevance: higher is better; compare within one search only.',
      resolve: (hit) => hit.score,
    }),
  }),
});

function badInput(argument: string, message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', argument } });
}

builder.queryField('search', (t) =>
  t.field({
    type: [SearchHitRef],
    description:
      'Full-text search over names, aliases ("MHI"), descriptions, summaries and statement texts, ' +
      'best first. Every word must match; the last may be a prefix ("mitsub"). Query syntax is ' +
      'not interpreted: `AND`, `*`, `"` … are plain text, and input with no letter or digit finds nothing.',
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
    resolve: (_root, args, context) => {
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
      const labels = args.kinds?.length ? [...args.kinds] : null;
      return searchNodes(context.db, args.query, labels, first, args.includeRetracted ?? false);
    },
  }),
);
