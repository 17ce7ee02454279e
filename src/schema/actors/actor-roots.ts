import type { GraphQLResolveInfo } from 'graphql';
import { builder } from '../../builder.ts';
import type { Context } from '../../context.ts';
import { type ActorFilter, countActorPage, countActors } from '../../db/actors.ts';
import { listActors } from '../../read/roots.ts';
import type { PageArgs } from '../lists/connections.ts';
import { includeRetractedArg } from '../lists/retracted-arg.ts';
import { resolveRootList, rootEdge } from '../lists/root-list.ts';
import { totalCountOf } from '../lists/root-total-count.ts';
import { CompanyRef, CountryRef, SectorRef } from '../nodes/node-refs.ts';
import { ActorRef } from './actor.ts';

/** The kinds of actor, each the graph label it names: the only labels a query may ask for. */
export const ActorKind = builder.enumType('ActorKind', {
  values: {
    COUNTRY: { value: 'Country' },
    PERSON: { value: 'Person' },
    COMPANY: { value: 'Company' },
    GOVERNMENT_BODY: { value: 'GovernmentBody' },
    MEDIA_OUTLET: { value: 'MediaOutlet' },
    RESEARCH_INSTITUTE: { value: 'ResearchInstitute' },
  } as const,
});

const ActorListFilter = builder.inputType('ActorFilter', {
  fields: (t) => ({
    kinds: t.field({
      type: [ActorKind],
      required: false,
      // As in the measures and events filters (unlike search), a list is the set allowed.
      description: 'Of any of these kinds (absent: every kind; empty: none).',
    }),
  }),
});

const CompanyListFilter = builder.inputType('CompanyFilter', {
  fields: (t) => ({
    // `for` refuses an id of another type by name, where a mismatch would silently match nothing.
    basedIn: t.globalIDList({
      for: [CountryRef],
      required: false,
      description: 'Country ids: based in any of them.',
    }),
    sectors: t.globalIDList({
      for: [SectorRef],
      required: false,
      description: 'Sector ids: in any of them.',
    }),
  }),
});

const ids = (list?: { id: string }[] | null) => (list ? list.map((g) => g.id) : null);

/** One page of actors, with a count of the same filter that runs only if `totalCount` is selected. */
function actorList(
  context: Context,
  info: GraphQLResolveInfo,
  args: PageArgs,
  asked: ActorFilter,
  type: string,
) {
  const filter = { ...asked, includeRetracted: args.includeRetracted ?? false };
  return resolveRootList(context, args, () => countActorPage(context.db, filter), {
    info,
    type,
    planned: { query: listActors, count: countActors, params: filter },
  });
}

builder.queryFields((t) => ({
  actors: t.connection(
    {
      type: ActorRef,
      description: 'Countries, persons and organisations, by name then id.',
      args: {
        filter: t.arg({ type: ActorListFilter, required: false }),
        includeRetracted: includeRetractedArg(t.arg, 'Also retracted actors.'),
      },
      resolve: (_root, args, context, info) =>
        actorList(
          context,
          info,
          args,
          { labels: args.filter?.kinds ?? ['Actor'], basedIn: null, sectors: null },
          'Actor',
        ),
    },
    { fields: (c) => ({ totalCount: totalCountOf(c) }) },
    rootEdge('actors'),
  ),
  countries: t.connection(
    {
      type: CountryRef,
      description: 'All ISO 3166-1 countries, by name then id.',
      args: { includeRetracted: includeRetractedArg(t.arg, 'Also retracted countries.') },
      resolve: (_root, args, context, info) =>
        actorList(
          context,
          info,
          args,
          { labels: ['Country'], basedIn: null, sectors: null },
          'Country',
        ),
    },
    { fields: (c) => ({ totalCount: totalCountOf(c) }) },
    rootEdge('countries'),
  ),
  companies: t.connection(
    {
      type: CompanyRef,
      description: 'Firms, filtered by where they are based and their sectors; by name then id.',
      args: {
        filter: t.arg({ type: CompanyListFilter, required: false }),
        includeRetracted: includeRetractedArg(t.arg),
      },
      resolve: (_root, args, context, info) =>
        actorList(
          context,
          info,
          args,
          {
            labels: ['Company'],
            basedIn: ids(args.filter?.basedIn),
            sectors: ids(args.filter?.sectors),
          },
          'Company',
        ),
    },
    { fields: (c) => ({ totalCount: totalCountOf(c) }) },
    rootEdge('companies'),
  ),
}));
