import { builder } from '../builder.ts';

/**
 * Typed errors: domain failures are part of the schema (the errors plugin turns a thrown
 * NotFoundError into a `NotFoundError` result); anything else is masked by Yoga.
 */
export class NotFoundError extends Error {
  override name = 'NotFoundError';
  constructor(readonly id: string) {
    super(`Nothing found with id "${id}".`);
  }
}

/**
 * The id names a node, but of another kind than the argument takes: a country given as `firm`.
 * Apart from NotFoundError so a client can say "not a company" rather than "nothing found".
 */
export class WrongKindError extends Error {
  override name = 'WrongKindError';
  constructor(
    readonly id: string,
    readonly expected: string,
    readonly found: string,
  ) {
    super(`"${id}" is a ${found}, not a ${expected}.`);
  }
}

/** One thing wrong with the input: where (`input.name`, `provenance.quote`) and why. */
export interface ValidationIssue {
  path: string;
  message: string;
}

/**
 * The input breaks a rule of the data (the seed format's rules, which writes share): every issue
 * found, each naming its field. Nothing was written.
 */
export class ValidationError extends Error {
  override name = 'ValidationError';
  constructor(readonly issues: ValidationIssue[]) {
    const first = issues[0];
    const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : '';
    super(first ? `Invalid input at ${first.path}: ${first.message}${more}` : 'Invalid input.');
  }
}

/**
 * The write cannot be applied to the graph as it stands: it would rewrite recorded history (a
 * retraction repeated), reuses an idempotency key for another request, or met a concurrent
 * change. Nothing was written.
 */
export class ConflictError extends Error {
  override name = 'ConflictError';
  constructor(
    message: string,
    readonly id: string | null = null,
  ) {
    super(message);
  }
}

export const ErrorInterface = builder.interfaceRef<Error>('Error').implement({
  fields: (t) => ({ message: t.exposeString('message') }),
});

builder.objectType(Error, {
  name: 'BaseError',
  interfaces: [ErrorInterface],
});

builder.objectType(NotFoundError, {
  name: 'NotFoundError',
  interfaces: [ErrorInterface],
  fields: (t) => ({ id: t.exposeString('id') }),
});

builder.objectType(WrongKindError, {
  name: 'WrongKindError',
  description: 'The id names a node of another kind than the argument takes.',
  interfaces: [ErrorInterface],
  fields: (t) => ({
    id: t.exposeString('id'),
    expected: t.exposeString('expected', {
      description: 'The kind the argument takes: `Company`.',
    }),
    found: t.exposeString('found', {
      description: 'The kind of the node the id names: `Country`.',
    }),
  }),
});

const ValidationIssueRef = builder.objectRef<ValidationIssue>('ValidationIssue').implement({
  description: 'One field of the input and what is wrong with it.',
  fields: (t) => ({
    path: t.exposeString('path', {
      description:
        'The argument and field, as written in the request: `input.name`, `provenance.sourceIds[0]`.',
    }),
    message: t.exposeString('message'),
  }),
});

builder.objectType(ValidationError, {
  name: 'ValidationError',
  description: 'The input breaks a rule of the data; nothing was written.',
  interfaces: [ErrorInterface],
  fields: (t) => ({
    issues: t.field({ type: [ValidationIssueRef], resolve: (error) => error.issues }),
  }),
});

builder.objectType(ConflictError, {
  name: 'ConflictError',
  description: 'The write conflicts with what the graph already records; nothing was written.',
  interfaces: [ErrorInterface],
  fields: (t) => ({ id: t.exposeString('id', { nullable: true }) }),
});
