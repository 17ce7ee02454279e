import { builder } from '../../builder.ts';
import { countSourcePage, countSources } from '../../db/sources.ts';
import { SourceSchema } from '../../model/format-nodes.ts';
import { listSources } from '../../read/roots.ts';
import { includeRetractedArg } from '../lists/retracted-arg.ts';
import { resolveRootList, rootEdge } from '../lists/root-list.ts';
import { totalCountOf } from '../lists/root-total-count.ts';
import { flag, isA, text, textIn } from '../nodes/node-props.ts';
import { SourceRef } from '../nodes/node-refs.ts';
import { PartialDate, partialDate } from '../scalars.ts';

/** The kinds the seed accepts, so the API and the data cannot disagree. */
export const SourceKind = builder.enumType('SourceKind', {
  values: SourceSchema.shape.kind.options,
});

SourceRef.implement({
  description:
    'A document the facts come from: an article, a standard, a data set. Sources carry no provenance of their own: they are the provenance.',
  isTypeOf: isA('Source'),
  fields: (t) => ({
    title: t.string({ resolve: (s) => text(s, 'title') ?? s.id }),
    titleSupplied: t.boolean({
      description: 'True when the project gave the title; the document came without one.',
      resolve: (s) => flag(s, 'titleSupplied') ?? false,
    }),
    kind: t.field({
      type: SourceKind,
      resolve: (s) => textIn(s, 'kind', SourceSchema.shape.kind.options) ?? 'OTHER',
    }),
    publisher: t.string({
      nullable: true,
      description: 'Null when unknown.',
      resolve: (s) => text(s, 'publisher'),
    }),
    publishedOn: t.field({
      type: PartialDate,
      nullable: true,
      description: 'Inferred, with its rationale, when the document does not print it.',
      resolve: (s) => partialDate(s.props, 'publishedOn'),
    }),
    url: t.string({ nullable: true, resolve: (s) => text(s, 'url') }),
    language: t.string({
      nullable: true,
      description: 'ISO 639-1: "en".',
      resolve: (s) => text(s, 'language'),
    }),
    version: t.string({
      nullable: true,
      description: 'The edition of a standard or data set: "HS 2022".',
      resolve: (s) => text(s, 'version'),
    }),
    description: t.string({ nullable: true, resolve: (s) => text(s, 'description') }),
    text: t.string({
      nullable: true,
      description: 'The full text, which every quote citing it is taken from word for word.',
      resolve: (s) => text(s, 'text'),
    }),
  }),
});

const SourceFilter = builder.inputType('SourceFilter', {
  fields: (t) => ({ kinds: t.field({ type: [SourceKind], required: false }) }),
});

builder.queryFields((t) => ({
  sources: t.connection(
    {
      type: SourceRef,
      description: 'The documents the facts come from, by id.',
      args: {
        filter: t.arg({ type: SourceFilter, required: false }),
        includeRetracted: includeRetractedArg(t.arg, 'Also retracted sources.'),
      },
      resolve: (_root, args, context, info) => {
        const filter = {
          kinds: args.filter?.kinds ?? null,
          includeRetracted: args.includeRetracted ?? false,
        };
        return resolveRootList(context, args, () => countSourcePage(context.db, filter), {
          info,
          type: 'Source',
          planned: { query: listSources, count: countSources, params: filter },
        });
      },
    },
    {
      fields: (c) => ({
        totalCount: totalCountOf(c),
      }),
    },
    rootEdge('sources'),
  ),
}));
