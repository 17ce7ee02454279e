// Measures: created with a first status; their status then changes by events appended to the
// history (changeMeasureStatus), never by overwriting it.
import { builder } from '../../builder.ts';
import { graphId } from '../../mutations/ids.ts';
import { changeMeasureStatus, upsertMeasure } from '../../mutations/measures.ts';
import { runMutation } from '../../mutations/run.ts';
import { MeasureKind, MeasureStatus } from '../measures/measure.ts';
import { MeasureStatusInput, PartialDateInput, ProvenanceInput } from './inputs.ts';
import { idempotencyArg, MUTATION_ERRORS, WriteResult } from './payload.ts';

const MeasureInput = builder.inputType('MeasureInput', {
  fields: (t) => ({
    id: t.string({ required: true, description: '`measure:…`' }),
    kind: t.field({ type: MeasureKind, required: true }),
    description: t.string({ required: true }),
    hypothetical: t.boolean({
      required: false,
      description: 'A scenario that impact estimates cost out, not a measure taken: no status.',
    }),
    durationMonths: t.int({ required: false }),
    initialStatus: t.field({
      type: MeasureStatusInput,
      required: false,
      description:
        'Required when creating a measure that is not hypothetical; refused once it exists (use changeMeasureStatus).',
    }),
  }),
});

builder.mutationFields((t) => ({
  upsertMeasure: t.field({
    type: WriteResult,
    description:
      'Creates a measure with its first status, or restates its data (kind, description …) keeping its status history. Link IMPOSED_BY, TARGETS, COVERS.',
    errors: MUTATION_ERRORS,
    args: {
      input: t.arg({ type: MeasureInput, required: true }),
      provenance: t.arg({ type: ProvenanceInput, required: true }),
      idempotencyKey: idempotencyArg(t.arg),
    },
    resolve: (_root, args, context) =>
      runMutation(context, { mutation: 'upsertMeasure', args }, (run, writer) =>
        upsertMeasure(run, args.input, args.provenance, writer),
      ),
  }),
  changeMeasureStatus: t.field({
    type: WriteResult,
    description:
      'Appends a status change (announced, in force, suspended, lifted …) to a measure’s history, in date order. The history only grows.',
    errors: MUTATION_ERRORS,
    args: {
      measure: t.arg.id({ required: true, description: 'The measure: its id or global id.' }),
      status: t.arg({ type: MeasureStatus, required: true }),
      on: t.arg({ type: PartialDateInput, required: true }),
      provenance: t.arg({ type: ProvenanceInput, required: true }),
      idempotencyKey: idempotencyArg(t.arg),
    },
    resolve: (_root, args, context) =>
      runMutation(context, { mutation: 'changeMeasureStatus', args }, (run, writer) =>
        changeMeasureStatus(
          run,
          graphId(String(args.measure), 'measure'),
          { status: args.status, on: args.on },
          args.provenance,
          writer,
        ),
      ),
  }),
}));
