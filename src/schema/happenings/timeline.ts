import { builder } from '../../builder.ts';
import { countEventPage, countEvents } from '../../db/events.ts';
import { listEvents } from '../../read/roots.ts';
import { ACTOR_REFS, dayWindow, idsOf } from '../lists/filter-args.ts';
import { includeRetractedArg } from '../lists/retracted-arg.ts';
import { resolveRootList, rootEdge } from '../lists/root-list.ts';
import { totalCountOf } from '../lists/root-total-count.ts';
import { EventRef } from '../nodes/node-refs.ts';

const DayWindow = builder.inputType('DayWindow', {
  description: 'Days from `from` to `to`, both included; either end may be left open.',
  fields: (t) => ({
    from: t.field({ type: 'Date', required: false }),
    to: t.field({ type: 'Date', required: false }),
  }),
});

const EventFilter = builder.inputType('EventFilter', {
  fields: (t) => ({
    between: t.field({
      type: DayWindow,
      required: false,
      description:
        'Events whose span overlaps these days. An event dated only "November 2025" or "2012" spans that whole month or year (to its end date, or for its durationMonths, where known); undated events never match.',
    }),
    involving: t.globalIDList({
      for: ACTOR_REFS,
      required: false,
      description: 'Actor ids: events by, involving or about any of them.',
    }),
    kinds: t.stringList({
      required: false,
      description: 'Event kinds (REMARKS, PROTEST …): of any of them.',
    }),
  }),
});

builder.queryFields((t) => ({
  events: t.connection(
    {
      type: EventRef,
      description:
        'The timeline: events, filtered, oldest first (by the first day of their date, then id); undated events last.',
      args: {
        filter: t.arg({ type: EventFilter, required: false }),
        includeRetracted: includeRetractedArg(t.arg),
      },
      resolve: (_root, args, context, info) => {
        const f = args.filter;
        const filter = {
          ...dayWindow('filter.between', f?.between),
          involving: idsOf(f?.involving),
          kinds: f?.kinds ?? null,
          includeRetracted: args.includeRetracted ?? false,
        };
        return resolveRootList(context, args, () => countEventPage(context.db, filter), {
          info,
          type: 'Event',
          planned: { query: listEvents, count: countEvents, params: filter },
        });
      },
    },
    {
      fields: (c) => ({
        totalCount: totalCountOf(c),
      }),
    },
    rootEdge('events'),
  ),
}));
