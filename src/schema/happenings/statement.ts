import { builder } from '../../builder.ts';
import { countStatementPage, countStatements } from '../../db/statements.ts';
import { listStatements } from '../../read/roots.ts';
import { ActorRef } from '../actors/actor.ts';
import { ACTOR_REFS, idsOf } from '../lists/filter-args.ts';
import { relation } from '../lists/relation-field.ts';
import { includeRetractedArg } from '../lists/retracted-arg.ts';
import { resolveRootList, rootEdge } from '../lists/root-list.ts';
import { totalCountOf } from '../lists/root-total-count.ts';
import { flag, isA, text } from '../nodes/node-props.ts';
import { EventRef, StatementRef } from '../nodes/node-refs.ts';
import { FactRef } from '../provenance/fact.ts';
import { PartialDate, partialDate } from '../scalars.ts';

StatementRef.implement({
  description:
    'A quoted or reported utterance: what someone said, when, where, and about what. `quote` holds the source’s own words around it.',
  interfaces: [FactRef],
  isTypeOf: isA('Statement'),
  fields: (t) => ({
    text: t.string({
      description: 'What was said: verbatim when `direct`, else the source’s paraphrase.',
      resolve: (s) => text(s, 'text') ?? '',
    }),
    direct: t.boolean({
      description: 'Verbatim (true) or reported speech (false).',
      resolve: (s) => flag(s, 'direct') ?? false,
    }),
    saidOn: t.field({
      type: PartialDate,
      nullable: true,
      resolve: (s) => partialDate(s.props, 'saidOn'),
    }),
    attributedTo: t.string({
      nullable: true,
      description: 'Who said it, in the source’s words, where no actor can be named ("Analysts").',
      resolve: (s) => text(s, 'attributedTo'),
    }),
    reportedly: t.boolean({
      description: 'The source hedges the attribution ("reportedly urged").',
      resolve: (s) => flag(s, 'reportedly') ?? false,
    }),
    by: relation(t, {
      type: ActorRef,
      name: 'StatementBy',
      spec: { type: 'BY', direction: 'out', label: 'Actor' },
      description: 'Who said it.',
    }),
    about: relation(t, {
      type: FactRef,
      name: 'StatementAbout',
      spec: { type: 'ABOUT', direction: 'out', label: 'Entity' },
      description: 'What it is about: a measure, a country, a person, an event, a sector.',
    }),
    madeAt: relation(t, {
      type: EventRef,
      name: 'StatementMadeAt',
      spec: { type: 'MADE_AT', direction: 'out', label: 'Event' },
      description: 'Where it was said: a press conference, an interview, the remarks themselves.',
    }),
    respondsTo: relation(t, {
      type: FactRef,
      name: 'StatementRespondsTo',
      spec: { type: 'RESPONDS_TO', direction: 'out', label: 'Entity' },
      description: 'The events, measures or statements it answers.',
    }),
    responses: relation(t, {
      type: FactRef,
      name: 'StatementResponses',
      spec: { type: 'RESPONDS_TO', direction: 'in', label: 'Entity' },
      description: 'What answers it.',
    }),
  }),
});

const StatementFilter = builder.inputType('StatementFilter', {
  fields: (t) => ({
    by: t.globalIDList({
      for: ACTOR_REFS,
      required: false,
      description: 'Actor ids: said by any of them.',
    }),
    about: t.globalIDList({
      required: false,
      description: 'Ids of any kind (a measure, a country, an event): about any of them.',
    }),
  }),
});

builder.queryFields((t) => ({
  statements: t.connection(
    {
      type: StatementRef,
      description:
        'Who said what: statements, filtered, in the order they were said (then by id); undated last.',
      args: {
        filter: t.arg({ type: StatementFilter, required: false }),
        includeRetracted: includeRetractedArg(t.arg),
      },
      resolve: (_root, args, context, info) => {
        const filter = {
          by: idsOf(args.filter?.by),
          about: idsOf(args.filter?.about),
          includeRetracted: args.includeRetracted ?? false,
        };
        return resolveRootList(context, args, () => countStatementPage(context.db, filter), {
          info,
          type: 'Statement',
          planned: { query: listStatements, count: countStatements, params: filter },
        });
      },
    },
    {
      fields: (c) => ({
        totalCount: totalCountOf(c),
      }),
    },
    rootEdge('statements'),
  ),
}));
