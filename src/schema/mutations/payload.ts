// What every mutation answers (WriteResult) and the helper that declares a node's upsert: the
// arguments all writes share (provenance, idempotencyKey) and the typed errors they may return.
import type { ArgBuilder as CoreArgBuilder } from '@pothos/core';
import { builder } from '../../builder.ts';
import type { Counts, WriteCounts } from '../../load/write.ts';
import { nodeEntry } from '../../mutations/entries.ts';
import { type MutationResult, runMutation } from '../../mutations/run.ts';
import { upsertNode } from '../../mutations/upsert.ts';
import { plannedNodeById } from '../../read/nodes-by-id.ts';
import { ConflictError, NotFoundError, ValidationError } from '../errors.ts';
import { DateTime } from '../scalars.ts';
import { ProvenanceInput } from './inputs.ts';

/** The errors a mutation returns as data; anything else is masked. */
export const MUTATION_ERRORS = { types: [ValidationError, NotFoundError, ConflictError] };

const CountRef = builder.objectRef<Counts>('WriteCount').implement({
  fields: (t) => ({
    created: t.exposeInt('created'),
    updated: t.exposeInt('updated', {
      description: 'Changed; the previous values kept as a version.',
    }),
    unchanged: t.exposeInt('unchanged'),
  }),
});

const CountsRef = builder.objectRef<WriteCounts>('WriteCounts').implement({
  fields: (t) => ({
    nodes: t.field({ type: CountRef, resolve: (c) => c.nodes }),
    relationships: t.field({ type: CountRef, resolve: (c) => c.relationships }),
  }),
});

export const WriteResult = builder.objectRef<MutationResult>('WriteResult').implement({
  description: 'What a write did.',
  fields: (t) => ({
    node: t.field({
      type: builder.nodeInterfaceRef(),
      nullable: true,
      description: 'The node written or retracted, as it is now.',
      resolve: (r, _args, context, info) =>
        r.nodeId ? plannedNodeById(context, info, r.nodeId) : null,
    }),
    relationshipId: t.string({
      nullable: true,
      description: 'The relationship written or retracted: `from-[TYPE#key]->to`.',
      resolve: (r) => r.relationshipId,
    }),
    counts: t.field({ type: CountsRef, resolve: (r) => r.counts }),
    at: t.field({
      type: DateTime,
      description: 'The instant of the write: its assertedAt, updatedAt or retractedAt.',
      resolve: (r) => r.at,
    }),
    by: t.exposeString('by', { description: 'Who wrote it: `api:<key name>`.' }),
    replayed: t.exposeBoolean('replayed', {
      description:
        'True when the idempotency key had been used: this is the first result, and nothing was written now.',
    }),
  }),
});

type Types = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never;
type ArgBuilder = CoreArgBuilder<Types>;

/** `idempotencyKey`, on every mutation. */
export const idempotencyArg = (arg: ArgBuilder) =>
  arg.string({
    required: false,
    description:
      'Send a retried request with the same key: the first result comes back and nothing is written twice. Keys are per API key.',
  });

export interface NodeUpsert {
  /** The Mutation field: `upsertCompany`. */
  field: string;
  label: string;
  input: PothosSchemaTypes.InputObjectRef<Types, Record<string, unknown>>;
  description: string;
}

/** Declares `<field>(input, provenance, idempotencyKey): WriteResult` for nodes of `label`. */
export function nodeUpsert({ field, label, input, description }: NodeUpsert) {
  builder.mutationField(field, (t) =>
    t.field({
      type: WriteResult,
      description,
      errors: MUTATION_ERRORS,
      args: {
        input: t.arg({ type: input, required: true }),
        provenance: t.arg({ type: ProvenanceInput, required: true }),
        idempotencyKey: idempotencyArg(t.arg),
      },
      resolve: (_root, args, context) =>
        runMutation(context, { mutation: field, args }, (run, writer) =>
          upsertNode(run, nodeEntry(label, args.input, args.provenance), writer),
        ),
    }),
  );
}
