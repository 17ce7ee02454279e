// Retraction of any fact, node or relationship: marked with who, when and why; never deleted.
import { builder } from '../../builder.ts';
import { graphId } from '../../mutations/ids.ts';
import { retract } from '../../mutations/retract.ts';
import { runMutation } from '../../mutations/run.ts';
import { idempotencyArg, MUTATION_ERRORS, WriteResult } from './payload.ts';

builder.mutationField('retract', (t) =>
  t.field({
    type: WriteResult,
    description:
      'Marks a node or relationship retracted (retractedAt, retractedBy, retractionReason). Nothing is deleted; reads hide it unless includeRetracted, and knownAt before now still sees it.',
    errors: MUTATION_ERRORS,
    args: {
      id: t.arg.id({
        required: true,
        description:
          'A node’s id or global id, or a relationship’s id (`from-[TYPE#key]->to`, as edges give it).',
      }),
      reason: t.arg.string({ required: true }),
      idempotencyKey: idempotencyArg(t.arg),
    },
    resolve: (_root, args, context) =>
      runMutation(context, { mutation: 'retract', args }, (run, writer) =>
        retract(run, graphId(String(args.id), 'id'), args.reason, writer),
      ),
  }),
);
