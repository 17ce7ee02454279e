import { FactRef } from './fact.ts';
import { EventRef, StatementRef } from './node-refs.ts';
import { isA, text } from './props.ts';

EventRef.implement({
  description:
    'Something that happened: a remark, a demand, a press conference, a visit, a protest.',
  interfaces: [FactRef],
  isTypeOf: isA('Event'),
  fields: (t) => ({
    summary: t.string({ resolve: (e) => text(e, 'summary') ?? '' }),
  }),
});

StatementRef.implement({
  description: 'A quoted or reported utterance.',
  interfaces: [FactRef],
  isTypeOf: isA('Statement'),
  fields: (t) => ({
    text: t.string({ resolve: (s) => text(s, 'text') ?? '' }),
  }),
});
