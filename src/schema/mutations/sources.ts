// Upserting a source: the document facts cite and quote. It has no provenance of its own.
import { builder } from '../../builder.ts';
import { compact } from '../../mutations/entries.ts';
import { runMutation } from '../../mutations/run.ts';
import { upsertSource } from '../../mutations/upsert.ts';
import { PartialDateInput } from './inputs.ts';
import { idempotencyArg, MUTATION_ERRORS, WriteResult } from './payload.ts';

const SourceInput = builder.inputType('SourceInput', {
  fields: (t) => ({
    id: t.string({ required: true, description: '`source:…`' }),
    kind: t.string({ required: true, description: 'ARTICLE, STANDARD, DATASET, REPORT or OTHER.' }),
    title: t.string({ required: true }),
    titleSupplied: t.boolean({
      required: false,
      description: 'True when the analyst gave the title (the document had none).',
    }),
    publisher: t.string({ required: false }),
    publishedOn: t.field({ type: PartialDateInput, required: false }),
    url: t.string({ required: false }),
    language: t.string({ required: false, description: 'ISO 639-1: en.' }),
    version: t.string({ required: false }),
    description: t.string({ required: false }),
    text: t.string({
      required: false,
      description: 'The document’s text, byte for byte: quotes are checked against it.',
    }),
  }),
});

/** A source's text is the document: it gets the larger size limit. */
const DOCUMENTS = new Set(['input.text']);

builder.mutationField('upsertSource', (t) =>
  t.field({
    type: WriteResult,
    description:
      'Creates a source (`source:…`) with its text, or restates it. Cite it in provenance.sourceIds.',
    errors: MUTATION_ERRORS,
    args: {
      input: t.arg({ type: SourceInput, required: true }),
      idempotencyKey: idempotencyArg(t.arg),
    },
    resolve: (_root, args, context) =>
      runMutation(
        context,
        { mutation: 'upsertSource', args, documents: DOCUMENTS },
        (run, writer) => upsertSource(run, { ...compact(args.input), label: 'Source' }, writer),
      ),
  }),
);
