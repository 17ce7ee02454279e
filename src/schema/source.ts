import { builder } from '../builder.ts';
import { SourceRef } from './node-refs.ts';
import { isA, text } from './props.ts';
import { PartialDate, partialDate } from './scalars.ts';

SourceRef.implement({
  description: 'A document the facts come from: an article, a standard, a data set.',
  isTypeOf: isA('Source'),
  fields: (t) => ({
    title: t.string({ resolve: (s) => text(s, 'title') ?? s.id }),
    kind: t.string({ resolve: (s) => text(s, 'kind') ?? 'OTHER' }),
    publisher: t.string({
      nullable: true,
      description: 'Null when unknown.',
      resolve: (s) => text(s, 'publisher'),
    }),
    publishedOn: t.field({
      type: PartialDate,
      nullable: true,
      resolve: (s) => partialDate(s.props, 'publishedOn'),
    }),
    url: t.string({ nullable: true, resolve: (s) => text(s, 'url') }),
    text: t.string({
      nullable: true,
      description: 'The full text, which every quote is taken from.',
      resolve: (s) => text(s, 'text'),
    }),
  }),
});
