import { builder } from '../builder.ts';

/**
 * Errors beside the answer (docs/errors.md): a query field whose question can be refused (an id
 * that names nothing, or names a country where a firm was asked) answers its usual object with one
 * more field, `error`, null when the call succeeded. On a refusal the object is the empty answer
 * (no edges and no next page for a connection, empty lists elsewhere) and `error` says why.
 *
 * Not a union around the answer (the errors plugin's `…Result` → `…Success` → `data`): a client's
 * pagination helpers need the connection itself as the field's type. Relay's `@connection` takes
 * only an object or interface type with `edges` and `pageInfo`, and Apollo's `relayStylePagination`
 * merges the field's own `edges` and `pageInfo` and keeps the other fields (`totalCount`, `error`)
 * of the latest page.
 */

// biome-ignore lint/suspicious/noExplicitAny: the errors' constructors take different arguments.
type ErrorClass = new (...args: any[]) => Error;

/** The `error` union of one field: the typed errors it can answer, each an `Error`. */
export function errorUnion(name: string, types: ErrorClass[], description: string) {
  return builder.unionType(name, {
    description,
    types,
    // Each class's `name` is its GraphQL type's name (src/schema/errors.ts, exposure-errors.ts).
    resolveType: (error) => error.name,
  });
}

export type ErrorUnion = ReturnType<typeof errorUnion>;

export interface WithError {
  error?: Error | null;
}

/**
 * What `answer` resolves to; when it throws one of `types`, the empty answer with that error. Any
 * other error (a bad argument, Neo4j away) stays a top-level error.
 */
export async function orError<T extends object>(
  types: ErrorClass[],
  answer: () => Promise<T>,
  empty: () => T,
): Promise<T & WithError> {
  try {
    return await answer();
  } catch (error) {
    if (types.some((type) => error instanceof type)) return { ...empty(), error: error as Error };
    throw error;
  }
}

/** The connection of a refused call: no edges, no page before or after, none counted. */
export const emptyConnection = () => ({
  edges: [],
  pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null },
  totalCount: () => Promise.resolve(0),
});

type Types = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never;

/** The `error` field itself, on the answer's object type. */
export function errorField<Shape extends WithError>(
  t: PothosSchemaTypes.ObjectFieldBuilder<Types, Shape>,
  union: ErrorUnion,
) {
  return t.field({
    type: union,
    nullable: true,
    description:
      'Why the question was refused (the rest of the answer is then empty); null when it was answered.',
    // graphql-js treats an Error returned by a resolver as thrown: the field answers a plain
    // copy (its own fields, `name` and `message`), which the union and `Error` resolve as usual.
    resolve: ({ error }) => (error ? { ...error, name: error.name, message: error.message } : null),
  });
}
