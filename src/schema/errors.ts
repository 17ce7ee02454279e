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
