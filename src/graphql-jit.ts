/**
 * Execution compiled per document with graphql-jit (through @envelop/graphql-jit), on in
 * production (GRAPHQL_JIT, docs/deploy.md): on the benchmark's page of 50 measures it cut the
 * server's CPU per answer by a quarter to two fifths against graphql-js' interpreter, which walks
 * the selection anew for every object.
 *
 * graphql-jit answers as graphql-js does (test/contract/jit.test.ts runs every persisted document
 * and the corpus of natural queries through both and compares the JSON), with one difference we
 * undo here: its errors carry no field nodes, only `locations` (none at all when a resolver threw
 * a GraphQLError), and the error plugins after it (coded errors, masking), which build a new
 * error from the old one's nodes, then drop the locations the spec asks for. Development keeps graphql-js: its messages for a bad variable
 * suggest the right enum value or field ("Did you mean …"), which graphql-jit's do not.
 */
import { useGraphQlJit } from '@envelop/graphql-jit';
import {
  type DocumentNode,
  type ExecutionArgs,
  type FieldNode,
  GraphQLError,
  getOperationAST,
  getVariableValues,
  Kind,
  type SelectionSetNode,
} from 'graphql';
import { isAsyncIterable, type Plugin } from 'graphql-yoga';

export function jitExecution() {
  return [useGraphQlJit({}, { enableIf: jitCanRun }), locatedErrors()] as const;
}

/**
 * Whether graphql-jit may run the request; otherwise graphql-js runs it, for graphql-js' answer.
 * - The schema must have the operation's root type: graphql-jit throws for a `subscription`
 *   (we have none), an HTTP 500, where graphql-js says "Schema is not configured to execute
 *   subscription operation." (a fuzzed request found it).
 * - The request's variables must be valid for its operation: graphql-js then answers a request
 *   error (HTTP 400 with graphql-response+json) naming the variable, the value and what was
 *   expected, located at the variable. graphql-jit would answer 200, without the location, and
 *   say less.
 */
function jitCanRun(args: ExecutionArgs): boolean {
  const operation = getOperationAST(args.document, args.operationName);
  if (!operation || !args.schema.getRootType(operation.operation)) return false;
  const coerced = getVariableValues(
    args.schema,
    operation.variableDefinitions ?? [],
    args.variableValues ?? {},
    { maxErrors: 1 },
  );
  return !('errors' in coerced);
}

/** Gives each error that has a path but no nodes its field's nodes (so, its locations). */
function locatedErrors(): Plugin {
  return {
    onExecute: ({ args }) => ({
      onExecuteDone: ({ result, setResult }) => {
        if (isAsyncIterable(result)) return;
        const errors = result.errors;
        if (!errors?.some(unlocated)) return;
        const located = errors.map((error) =>
          unlocated(error) ? locate(error, args.document, args.operationName) : error,
        );
        setResult({ ...result, errors: located });
      },
    }),
  };
}

// graphql-jit's errors carry `locations` but no `nodes`; the plugins after this one (coded
// errors, masking) rebuild errors from their nodes, so an error without them loses its locations.
const unlocated = (error: GraphQLError) => !error.nodes?.length && (error.path?.length ?? 0) > 0;

function locate(
  error: GraphQLError,
  document: DocumentNode,
  operationName: string | null | undefined,
): GraphQLError {
  const nodes = fieldNodesAt(document, operationName, error.path ?? []);
  if (nodes.length === 0) return error;
  return new GraphQLError(error.message, {
    nodes,
    path: error.path ?? null,
    originalError: error.originalError ?? null,
    extensions: error.extensions,
  });
}

/** The field nodes a response path names (aliases followed, fragments expanded, list indexes skipped). */
function fieldNodesAt(
  document: DocumentNode,
  operationName: string | null | undefined,
  path: readonly (string | number)[],
): FieldNode[] {
  const operation = document.definitions.find(
    (d) =>
      d.kind === Kind.OPERATION_DEFINITION && (!operationName || d.name?.value === operationName),
  );
  if (!operation || operation.kind !== Kind.OPERATION_DEFINITION) return [];
  const fragments = new Map(
    document.definitions.flatMap((d) =>
      d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d.selectionSet] as const] : [],
    ),
  );
  let sets: SelectionSetNode[] = [operation.selectionSet];
  let found: FieldNode[] = [];
  for (const key of path) {
    if (typeof key === 'number') continue;
    found = sets.flatMap((set) => fieldsNamed(set, key, fragments, new Set()));
    sets = found.flatMap((field) => (field.selectionSet ? [field.selectionSet] : []));
  }
  return found;
}

function fieldsNamed(
  set: SelectionSetNode,
  key: string,
  fragments: Map<string, SelectionSetNode>,
  seen: Set<string>,
): FieldNode[] {
  return set.selections.flatMap((selection) => {
    if (selection.kind === Kind.FIELD)
      return (selection.alias ?? selection.name).value === key ? [selection] : [];
    if (selection.kind === Kind.INLINE_FRAGMENT)
      return fieldsNamed(selection.selectionSet, key, fragments, seen);
    const name = selection.name.value;
    const fragment = fragments.get(name);
    if (!fragment || seen.has(name)) return [];
    return fieldsNamed(fragment, key, fragments, new Set([...seen, name]));
  });
}
