// Upserts of events and statements: what happened and who said what.
import { builder } from '../../builder.ts';
import { PartialDateInput } from './inputs.ts';
import { nodeUpsert } from './payload.ts';

const EventInput = builder.inputType('EventInput', {
  fields: (t) => ({
    id: t.string({ required: true, description: '`event:…`' }),
    kind: t.string({
      required: true,
      description: 'UPPER_SNAKE_CASE: PRESS_CONFERENCE, PROTEST …',
    }),
    summary: t.string({ required: true }),
    occurredOn: t.field({ type: PartialDateInput, required: false }),
    endedOn: t.field({ type: PartialDateInput, required: false }),
    durationMonths: t.int({ required: false }),
    planned: t.boolean({ required: false, description: 'Scheduled, not yet happened.' }),
    outcome: t.string({ required: false }),
  }),
});

const StatementInput = builder.inputType('StatementInput', {
  fields: (t) => ({
    id: t.string({ required: true, description: '`statement:…`' }),
    text: t.string({ required: true }),
    direct: t.boolean({ required: true, description: 'Verbatim (true) or reported speech.' }),
    saidOn: t.field({ type: PartialDateInput, required: false }),
    attributedTo: t.string({
      required: false,
      description: 'Who said it, when no actor can be named ("Analysts"); else link BY.',
    }),
    reportedly: t.boolean({ required: false }),
  }),
});

nodeUpsert({
  field: 'upsertEvent',
  label: 'Event',
  input: EventInput,
  description: 'Creates an event or restates it. Link BY, INVOLVES, ABOUT, LOCATED_IN …',
});
nodeUpsert({
  field: 'upsertStatement',
  label: 'Statement',
  input: StatementInput,
  description: 'Creates a statement or restates it. Link BY, ABOUT, MADE_AT, RESPONDS_TO …',
});
