// Relationships: `link` creates or restates one, `unlink` retracts it (nothing is deleted).
import { builder } from '../../builder.ts';
import { RELATIONSHIP_ENDS, relationshipId } from '../../model/format.ts';
import { compact, provenanceEntry } from '../../mutations/entries.ts';
import { graphId } from '../../mutations/ids.ts';
import { retract } from '../../mutations/retract.ts';
import { runMutation } from '../../mutations/run.ts';
import { link } from '../../mutations/upsert.ts';
import { PartialDateInput, ProvenanceInput } from './inputs.ts';
import { idempotencyArg, MUTATION_ERRORS, WriteResult } from './payload.ts';

const RelationshipType = builder.enumType('RelationshipType', {
  description:
    'The relationships a write may make; docs/seed-format.md says which ends each joins.',
  values: Object.keys(RELATIONSHIP_ENDS) as (keyof typeof RELATIONSHIP_ENDS)[],
});

const LinkPropertiesInput = builder.inputType('LinkPropertiesInput', {
  description: 'The properties some types carry; any other is refused for that type.',
  fields: (t) => ({
    criticality: t.float({
      required: false,
      description: 'DEPENDS_ON (required), INPUT_TO: how much the dependent needs it, 0..1.',
    }),
    partial: t.boolean({ required: false, description: 'MEMBER_OF: only some members belong.' }),
    title: t.string({ required: false, description: 'HOLDS_POSITION (required).' }),
    since: t.field({ type: PartialDateInput, required: false, description: 'HOLDS_POSITION.' }),
    until: t.field({ type: PartialDateInput, required: false, description: 'HOLDS_POSITION.' }),
    by: t.string({ required: false, description: 'COMPARED_TO: by how much, in words.' }),
  }),
});

builder.mutationFields((t) => ({
  link: t.field({
    type: WriteResult,
    description:
      'Creates a relationship between two nodes of the graph, or restates it (same type, ends and key).',
    errors: MUTATION_ERRORS,
    args: {
      type: t.arg({ type: RelationshipType, required: true }),
      from: t.arg.id({ required: true, description: 'Id or global id.' }),
      to: t.arg.id({ required: true, description: 'Id or global id.' }),
      key: t.arg.string({
        required: false,
        description: 'Tells apart two relationships of one type between the same nodes.',
      }),
      properties: t.arg({ type: LinkPropertiesInput, required: false }),
      provenance: t.arg({ type: ProvenanceInput, required: true }),
      idempotencyKey: idempotencyArg(t.arg),
    },
    resolve: (_root, args, context) =>
      runMutation(context, { mutation: 'link', args }, (run, writer) =>
        link(
          run,
          compact({
            type: args.type,
            from: graphId(String(args.from), 'from'),
            to: graphId(String(args.to), 'to'),
            key: args.key,
            ...compact(args.properties ?? {}),
            ...provenanceEntry(args.provenance),
          }),
          writer,
        ),
      ),
  }),
  unlink: t.field({
    type: WriteResult,
    description: 'Retracts a relationship: it stays in the graph, marked, and reads hide it.',
    errors: MUTATION_ERRORS,
    args: {
      type: t.arg({ type: RelationshipType, required: true }),
      from: t.arg.id({ required: true }),
      to: t.arg.id({ required: true }),
      key: t.arg.string({ required: false }),
      reason: t.arg.string({ required: true, description: 'Why it is taken back.' }),
      idempotencyKey: idempotencyArg(t.arg),
    },
    resolve: (_root, args, context) =>
      runMutation(context, { mutation: 'unlink', args }, (run, writer) => {
        const id = relationshipId({
          type: args.type,
          from: graphId(String(args.from), 'from'),
          to: graphId(String(args.to), 'to'),
          ...(args.key ? { key: args.key } : {}),
        });
        return retract(run, id, args.reason, writer);
      }),
  }),
}));
