import { READS_EXTENSION } from '../../read/field-reads.ts';
import { ActorRef } from '../actors/actor.ts';
import { relation } from '../lists/relation-field.ts';
import { flag, isA, number, text } from '../nodes/node-props.ts';
import { CountryRef, EventRef, ObservationRef, StatementRef } from '../nodes/node-refs.ts';
import { FactRef } from '../provenance/fact.ts';
import { PartialDate, partialDate } from '../scalars.ts';

EventRef.implement({
  description:
    'Something that happened or is planned: a remark, a demand, a press conference, a visit, a protest.',
  interfaces: [FactRef],
  isTypeOf: isA('Event'),
  fields: (t) => ({
    kind: t.string({
      description: 'UPPER_SNAKE, open-ended: REMARKS, DEMAND, PRESS_CONFERENCE, PROTEST …',
      resolve: (e) => text(e, 'kind') ?? 'OTHER',
    }),
    title: t.string({
      description:
        'A short name for lists and captions (“Takaichi’s Taiwan remarks”); else the summary.',
      extensions: { [READS_EXTENSION]: { props: ['title', 'summary'] } },
      resolve: (e) => text(e, 'title') ?? text(e, 'summary') ?? '',
    }),
    summary: t.string({ resolve: (e) => text(e, 'summary') ?? '' }),
    occurredOn: t.field({
      type: PartialDate,
      nullable: true,
      description: 'When it began (or is to happen, if planned).',
      resolve: (e) => partialDate(e.props, 'occurredOn'),
    }),
    endedOn: t.field({
      type: PartialDate,
      nullable: true,
      resolve: (e) => partialDate(e.props, 'endedOn'),
    }),
    durationMonths: t.int({
      nullable: true,
      description: 'How long it lasted, where the source says ("a two-and-a-half-year freeze").',
      resolve: (e) => number(e, 'durationMonths'),
    }),
    planned: t.boolean({
      description: 'Scheduled but not yet happened at the date of the source.',
      resolve: (e) => flag(e, 'planned') ?? false,
    }),
    outcome: t.string({
      nullable: true,
      description: 'What came of it, as the source tells.',
      resolve: (e) => text(e, 'outcome'),
    }),
    by: relation(t, {
      type: ActorRef,
      name: 'EventBy',
      spec: { type: 'BY', direction: 'out', label: 'Actor' },
      description: 'Who acted: who made the remarks, the demand, the visit.',
    }),
    involves: relation(t, {
      type: ActorRef,
      name: 'EventInvolves',
      spec: { type: 'INVOLVES', direction: 'out', label: 'Actor' },
      description: 'The other parties: Xi in Trump’s truce, the two countries of a dispute.',
    }),
    about: relation(t, {
      type: FactRef,
      name: 'EventAbout',
      spec: { type: 'ABOUT', direction: 'out', label: 'Entity' },
      description: 'What it is about: a country, a measure, a good, another event.',
    }),
    mentionedIn: relation(t, {
      type: FactRef,
      name: 'EventMentionedIn',
      spec: { type: 'ABOUT', direction: 'in', label: 'Entity' },
      description: 'Statements and events about it.',
    }),
    statements: relation(t, {
      type: StatementRef,
      name: 'EventStatements',
      spec: { type: 'MADE_AT', direction: 'in', label: 'Statement' },
      description: 'What was said at it: the remarks of a press conference or an interview.',
    }),
    respondsTo: relation(t, {
      type: FactRef,
      name: 'EventRespondsTo',
      spec: { type: 'RESPONDS_TO', direction: 'out', label: 'Entity' },
      description: 'The events, measures or statements it answers.',
    }),
    responses: relation(t, {
      type: FactRef,
      name: 'EventResponses',
      spec: { type: 'RESPONDS_TO', direction: 'in', label: 'Entity' },
      description: 'The measures, events or statements that answer it: the chain of retaliation.',
    }),
    triggeredBy: relation(t, {
      type: FactRef,
      name: 'EventTriggeredBy',
      spec: { type: 'TRIGGERED_BY', direction: 'out', label: 'Entity' },
      description: 'What caused it, where the source says so.',
    }),
    triggered: relation(t, {
      type: EventRef,
      name: 'EventTriggered',
      spec: { type: 'TRIGGERED_BY', direction: 'in', label: 'Event' },
      description: 'The events it caused.',
    }),
    partOf: relation(t, {
      type: EventRef,
      name: 'EventPartOf',
      spec: { type: 'PART_OF', direction: 'out', label: 'Event' },
      description: 'The larger event it belongs to: the protests in the 2012 rift.',
    }),
    parts: relation(t, {
      type: EventRef,
      name: 'EventParts',
      spec: { type: 'PART_OF', direction: 'in', label: 'Event' },
      description: 'The events it is made of.',
    }),
    comparedTo: relation(t, {
      type: FactRef,
      name: 'EventComparedTo',
      spec: { type: 'COMPARED_TO', direction: 'out', label: 'Entity' },
      description: 'Historical analogies drawn with it; the edge says who drew them.',
      edgeFields: (e) => ({ by: comparedBy(e) }),
    }),
    comparedFrom: relation(t, {
      type: FactRef,
      name: 'EventComparedFrom',
      spec: { type: 'COMPARED_TO', direction: 'in', label: 'Entity' },
      description: 'Later events or measures likened to it; the edge says who likened them.',
      edgeFields: (e) => ({ by: comparedBy(e) }),
    }),
    locatedIn: relation(t, {
      type: CountryRef,
      name: 'EventLocatedIn',
      spec: { type: 'LOCATED_IN', direction: 'out', label: 'Country' },
      description: 'Where it took place.',
    }),
    followedBy: relation(t, {
      type: ObservationRef,
      name: 'EventFollowedBy',
      spec: { type: 'FOLLOWS', direction: 'in', label: 'Observation' },
      description: 'Movements observed after it: markets, opinion polls.',
    }),
  }),
});

type EdgeBuilder = Parameters<NonNullable<Parameters<typeof relation>[1]['edgeFields']>>[0];

/** `by` of a COMPARED_TO edge: who drew the analogy, in the source's words ("Analysts"). */
export function comparedBy(e: EdgeBuilder) {
  return e.string({
    nullable: true,
    description: 'Who drew the analogy, in the source’s words ("Analysts").',
    resolve: (edge) => (typeof edge.relationship.by === 'string' ? edge.relationship.by : null),
  });
}
