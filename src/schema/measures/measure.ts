import { builder } from '../../builder.ts';
import { countMeasurePage, countMeasures } from '../../db/measures.ts';
import { MEASURE_KINDS, MEASURE_STATUSES } from '../../model/format.ts';
import { READS_EXTENSION } from '../../read/field-reads.ts';
import { listCurrentMeasures, listMeasures } from '../../read/roots.ts';
import { ActorRef } from '../actors/actor.ts';
import { CoveredRef } from '../goods/goods-edges.ts';
import { relation, relationList } from '../lists/relation-field.ts';
import { includeRetractedArg } from '../lists/retracted-arg.ts';
import { resolveRootList, rootEdge } from '../lists/root-list.ts';
import { totalCountOf } from '../lists/root-total-count.ts';
import { flag, isA, number, present, text, textIn } from '../nodes/node-props.ts';
import { MeasureRef, StatusChangeRef } from '../nodes/node-refs.ts';
import { FactRef } from '../provenance/fact.ts';
import { DateTime, PartialDate, partialDate } from '../scalars.ts';

export const MeasureKind = builder.enumType('MeasureKind', { values: MEASURE_KINDS });
export const MeasureStatus = builder.enumType('MeasureStatus', {
  description: 'Where a measure stands. Its status at a date is its last change on or before it.',
  values: MEASURE_STATUSES,
});

MeasureRef.implement({
  description:
    'A state action: an export control, an import ban, a licence tightening, a travel advisory …',
  interfaces: [FactRef],
  isTypeOf: isA('Measure'),
  fields: (t) => ({
    kind: t.field({ type: MeasureKind, resolve: (m) => present(textIn(m, 'kind', MEASURE_KINDS)) }),
    status: t.field({
      type: MeasureStatus,
      nullable: true,
      description:
        'The latest status, or the status on the day asked (`measures(filter: {activeAsOf})`) as known at `knownAt`. Null for a hypothetical measure.',
      // Worked out by the planned read from the status changes (src/read/project.ts).
      extensions: { [READS_EXTENSION]: { status: true } },
      resolve: (m) => textIn(m, 'status', MEASURE_STATUSES),
    }),
    description: t.string({ resolve: (m) => text(m, 'description') ?? '' }),
    hypothetical: t.boolean({
      description: 'A scenario (the subject of an impact estimate), not a measure taken.',
      resolve: (m) => flag(m, 'hypothetical') ?? false,
    }),
    durationMonths: t.int({ nullable: true, resolve: (m) => number(m, 'durationMonths') }),
    announcedOn: t.field({
      type: PartialDate,
      nullable: true,
      resolve: (m) => partialDate(m.props, 'announcedOn'),
    }),
    effectiveFrom: t.field({
      type: PartialDate,
      nullable: true,
      resolve: (m) => partialDate(m.props, 'effectiveFrom'),
    }),
    liftedOn: t.field({
      type: PartialDate,
      nullable: true,
      resolve: (m) => partialDate(m.props, 'liftedOn'),
    }),
    imposedBy: relation(t, {
      type: ActorRef,
      name: 'MeasureImposedBy',
      spec: { type: 'IMPOSED_BY', direction: 'out', label: 'Actor' },
      description: 'Who took the measure.',
    }),
    imposers: relationList(t, {
      type: ActorRef,
      spec: { type: 'IMPOSED_BY', direction: 'out', label: 'Actor' },
      description:
        'Who took the measure, as a plain list (one or a few; by id): `imposedBy` without paging, for a caption. `imposedBy` has each relationship’s provenance.',
    }),
    targets: relation(t, {
      type: ActorRef,
      name: 'MeasureTargets',
      spec: { type: 'TARGETS', direction: 'out', label: 'Actor' },
      description: 'Whom it is aimed at.',
    }),
    covers: relation(t, {
      type: CoveredRef,
      name: 'MeasureCovers',
      spec: { type: 'COVERS', direction: 'out', label: 'Entity' },
      description: 'The goods or sectors it applies to.',
    }),
    statusHistory: relation(t, {
      type: StatusChangeRef,
      name: 'MeasureStatusHistory',
      spec: { type: 'HAD_STATUS', direction: 'out', label: 'StatusChange' },
      description: 'Its changes of status, oldest first.',
    }),
    respondsTo: relation(t, {
      type: FactRef,
      name: 'MeasureRespondsTo',
      spec: { type: 'RESPONDS_TO', direction: 'out', label: 'Entity' },
      description: 'The events or measures it answers: the chain of retaliation.',
    }),
    reportedBy: relation(t, {
      type: ActorRef,
      name: 'MeasureReportedBy',
      spec: { type: 'REPORTED_BY', direction: 'out', label: 'Actor' },
      description: 'Who reported it (a newspaper, an agency).',
    }),
  }),
});

StatusChangeRef.implement({
  description: 'One change in a measure’s status: announced, in force, suspended, lifted …',
  interfaces: [FactRef],
  isTypeOf: isA('StatusChange'),
  fields: (t) => ({
    status: t.field({
      type: MeasureStatus,
      resolve: (s) => present(textIn(s, 'status', MEASURE_STATUSES)),
    }),
    on: t.field({ type: PartialDate, resolve: (s) => present(partialDate(s.props, 'on')) }),
  }),
});

const MeasureFilter = builder.inputType('MeasureFilter', {
  fields: (t) => ({
    imposedBy: t.globalIDList({
      required: false,
      description: 'Actor ids: imposed by any of them.',
    }),
    targets: t.globalIDList({ required: false, description: 'Actor ids: aimed at any of them.' }),
    covers: t.globalIDList({
      required: false,
      description: 'Commodity or sector ids: covering any of them.',
    }),
    kinds: t.field({ type: [MeasureKind], required: false }),
    statuses: t.field({
      type: [MeasureStatus],
      required: false,
      description: 'With activeAsOf: the status that day.',
    }),
    activeAsOf: t.field({
      type: 'Date',
      required: false,
      description:
        'Only measures under consideration, announced or in force on that day, with their status that day.',
    }),
  }),
});

builder.queryFields((t) => ({
  measures: t.connection(
    {
      type: MeasureRef,
      description: 'Measures, filtered; ordered by id.',
      args: {
        filter: t.arg({ type: MeasureFilter, required: false }),
        knownAt: t.arg({
          type: DateTime,
          required: false,
          description:
            'Read the graph as it was known at this instant: facts asserted by then and not retracted by then, with the values and status changes known then.',
        }),
        includeRetracted: includeRetractedArg(t.arg),
      },
      resolve: (_root, args, context, info) => {
        const f = args.filter;
        const ids = (list?: { id: string }[] | null) => (list ? list.map((g) => g.id) : null);
        const filter = {
          kinds: f?.kinds ?? null,
          statuses: f?.statuses ?? null,
          imposedBy: ids(f?.imposedBy),
          targets: ids(f?.targets),
          covers: ids(f?.covers),
          asOf: f?.activeAsOf ?? null,
          knownAt: args.knownAt ?? null,
          includeRetracted: args.includeRetracted ?? false,
        };
        // Kinds at most, as things stand now: the lighter root (list-current-measures.cypher).
        const current =
          filter.statuses === null &&
          filter.imposedBy === null &&
          filter.targets === null &&
          filter.covers === null &&
          filter.asOf === null &&
          filter.knownAt === null;
        return resolveRootList(context, args, () => countMeasurePage(context.db, filter), {
          info,
          type: 'Measure',
          planned: {
            query: current ? listCurrentMeasures : listMeasures,
            count: countMeasures,
            params: { ...filter },
            known: filter.knownAt !== null,
            asOf: filter.asOf !== null,
          },
        });
      },
    },
    {
      fields: (c) => ({
        totalCount: totalCountOf(c),
      }),
    },
    rootEdge('measures'),
  ),
}));
