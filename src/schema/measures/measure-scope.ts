/**
 * Whom a measure reaches (docs/exposure.md, "The scope of a measure") and its short title, added
 * to the Measure type beside measure.ts.
 */
import { builder } from '../../builder.ts';
import type { GraphNode } from '../../db/graph-node.ts';
import { SCOPE_KINDS } from '../../model/format-measure.ts';
import { READS_EXTENSION } from '../../read/field-reads.ts';
import { ActorRef } from '../actors/actor.ts';
import { relation } from '../lists/relation-field.ts';
import { flag, text, textIn } from '../nodes/node-props.ts';
import { MeasureRef } from '../nodes/node-refs.ts';

export const MeasureScopeKind = builder.enumType('MeasureScopeKind', {
  description: 'Whom a measure reaches.',
  values: {
    NAMED_TARGETS: { description: 'The actors it TARGETS, and no one else.' },
    ALL_DESTINATIONS: {
      description: 'Every country but the imposer (erga omnes): "exports to all destinations".',
    },
    ALL_EXCEPT: {
      description: 'Every country but the imposer and those it EXEMPTS.',
    },
  } satisfies Record<(typeof SCOPE_KINDS)[number], unknown>,
});

/** What the scope's fields read of the measure (src/read/field-reads.ts). */
const SCOPE_READS = [
  'scope',
  'scopeQuote',
  'quote',
  'scopeInferred',
  'inferred',
  'scopeRationale',
  'rationale',
];

const MeasureScopeInfo = builder.objectRef<GraphNode>('MeasureScope').implement({
  description: 'A measure’s scope and the words that support it.',
  fields: (t) => ({
    kind: t.field({
      type: MeasureScopeKind,
      resolve: (m) => textIn(m, 'scope', SCOPE_KINDS) ?? 'NAMED_TARGETS',
    }),
    quote: t.string({
      nullable: true,
      description:
        'The words that give the scope ("to all destinations"); else the measure’s quote.',
      resolve: (m) => text(m, 'scopeQuote') ?? text(m, 'quote'),
    }),
    inferred: t.boolean({
      resolve: (m) => flag(m, 'scopeInferred') ?? flag(m, 'inferred') ?? false,
    }),
    rationale: t.string({
      nullable: true,
      resolve: (m) =>
        text(m, 'scopeRationale') ?? (flag(m, 'scopeInferred') ? null : text(m, 'rationale')),
    }),
  }),
});

builder.objectFields(MeasureRef, (t) => ({
  title: t.string({
    description: 'A short name for lists and captions (“Dual-use export ban on Japan”).',
    extensions: { [READS_EXTENSION]: { props: ['title', 'description'] } },
    resolve: (m) => text(m, 'title') ?? text(m, 'description') ?? '',
  }),
  scope: t.field({
    type: MeasureScopeInfo,
    extensions: { [READS_EXTENSION]: { props: SCOPE_READS } },
    resolve: (m) => m,
  }),
  exempts: relation(t, {
    type: ActorRef,
    name: 'MeasureExempts',
    spec: { type: 'EXEMPTS', direction: 'out', label: 'Actor' },
    description: 'Whom a measure on all destinations leaves out (scope ALL_EXCEPT).',
  }),
}));
