/**
 * At start, once the server listens and before /ready says 200, each persisted document (ours and the explorer's) is asked
 * once, in-process, through the app: a cold Neo4j plans each Cypher statement anew and the server
 * compiles each document (parse, validation, graphql-jit, the read planner), so without this the
 * first client of each operation pays for all of it. The variables a document requires are
 * sampled: an id of a node of the kind the argument takes, found in the graph
 * (cypher/read/find-warm-up-id.cypher), a word, a number, today. A document that needs an input
 * object (simulate's hypothetical measure) is left for its first client.
 *
 * Longer than 200 lines for a reason: the sampling of variables (by argument type, walking input
 * types) and the warm-up that uses it are one piece, read together.
 */
import {
  type FieldNode,
  type GraphQLInputType,
  type GraphQLSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  Kind,
  type OperationDefinitionNode,
  parse,
  typeFromAST,
  type ValueNode,
  visit,
} from 'graphql';
import { defineQuery } from '../db/cypher.ts';
import type { Database } from '../db/database.ts';
import { ACTIVE_STATUSES } from '../exposure/weights.ts';

/** Marks a request as the warm-up's (a server context no HTTP request can carry): it may read. */
export const WARM_UP = Symbol('warm-up');
export type WarmUpContext = { [WARM_UP]?: true };

/** The app as the warm-up uses it: Yoga's `fetch` with a server context. */
interface App {
  fetch(url: string, init: RequestInit, context: WarmUpContext): Promise<Response> | Response;
}

/** What an id argument names, when its name says so (`exposure(firm:)` takes a Company). */
const ARGUMENT_LABELS: Record<string, string> = {
  firm: 'Company',
  measure: 'Measure',
  country: 'Country',
  sector: 'Sector',
  good: 'Commodity',
  source: 'Source',
};
/** The whole warm-up's limit: past it the rest is left for their first clients. */
const DEADLINE_MS = 30_000;

const findWarmUpId = defineQuery<{ label: string; activeStatuses: string[] }, { id: string }>(
  'read/find-warm-up-id',
  ['label', 'activeStatuses'],
);

export interface WarmUpReport {
  warmed: string[];
  /** Documents not asked, each with why. */
  skipped: { name: string; reason: string }[];
  /** Documents asked that answered with errors (the server still starts). */
  failed: { name: string; errors: string[] }[];
}

export async function warmDocuments(
  app: App,
  db: Database,
  schema: GraphQLSchema,
  documents: Record<string, string>,
  progress: { done: number; total: number } = { done: 0, total: 0 },
): Promise<WarmUpReport> {
  progress.total = Object.keys(documents).length;
  const report: WarmUpReport = { warmed: [], skipped: [], failed: [] };
  const ids = new Map<string, Promise<string | undefined>>();
  const idOf = (label: string) => {
    let id = ids.get(label);
    if (!id) {
      id = db
        .run(findWarmUpId, { label, activeStatuses: ACTIVE_STATUSES })
        .then(([row]) => row?.id);
      ids.set(label, id);
    }
    return id;
  };
  const started = Date.now();
  for (const [documentId, text] of Object.entries(documents)) {
    const operation = operationOf(text);
    const name = operation?.name?.value ?? documentId;
    if (operation?.operation !== 'query') {
      report.skipped.push({ name, reason: 'not a query' });
      continue;
    }
    if (Date.now() - started > DEADLINE_MS) {
      report.skipped.push({ name, reason: `past ${DEADLINE_MS / 1000} s` });
      continue;
    }
    const variables = await sampleVariables(schema, operation, idOf);
    if ('missing' in variables) {
      report.skipped.push({ name, reason: `no sample for $${variables.missing}` });
      continue;
    }
    const response = await app.fetch(
      'http://warm-up/graphql',
      {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ documentId, variables: variables.values }),
      },
      { [WARM_UP]: true },
    );
    const answer = (await response.json()) as { data?: unknown; errors?: { message: string }[] };
    const errors = [
      ...(answer.errors ?? []).map((error) => error.message),
      ...typedErrors(answer.data),
    ];
    if (errors.length > 0) report.failed.push({ name, errors });
    else report.warmed.push(name);
    progress.done += 1;
  }
  return report;
}

/** The messages of the typed errors an answer carries (`error: NotFoundError` …), if selected. */
function typedErrors(data: unknown): string[] {
  if (Array.isArray(data)) return data.flatMap(typedErrors);
  if (!data || typeof data !== 'object') return [];
  return Object.entries(data).flatMap(([key, value]) =>
    key === 'error' && value
      ? [
          String(
            (value as { message?: unknown }).message ??
              (value as { __typename?: unknown }).__typename,
          ),
        ]
      : typedErrors(value),
  );
}

/** The operation of a persisted document's text (each holds one). */
export function operationOf(text: string): OperationDefinitionNode | undefined {
  return parse(text).definitions.find(
    (definition): definition is OperationDefinitionNode =>
      definition.kind === Kind.OPERATION_DEFINITION,
  );
}

type Sampled = { values: Record<string, unknown> } | { missing: string };

/** A value for each variable the operation requires (non-null, no default); the rest left out. */
export async function sampleVariables(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  idOf: (label: string) => Promise<string | undefined>,
): Promise<Sampled> {
  const labels = idLabels(schema, operation);
  const values: Record<string, unknown> = {};
  for (const definition of operation.variableDefinitions ?? []) {
    const name = definition.variable.name.value;
    if (definition.type.kind !== Kind.NON_NULL_TYPE || definition.defaultValue) continue;
    const type = typeFromAST(schema, definition.type) as GraphQLInputType | undefined;
    const id = await idOf(labels.get(name) ?? 'Entity');
    const value = type && sample(type, id);
    if (value === undefined) return { missing: name };
    values[name] = value;
  }
  return { values };
}

function sample(type: GraphQLInputType, id: string | undefined): unknown {
  if (isNonNullType(type)) return sample(type.ofType, id);
  if (isListType(type)) {
    const item = sample(type.ofType, id);
    return item === undefined ? undefined : [item];
  }
  if (isEnumType(type)) return type.getValues()[0]?.name;
  if (isInputObjectType(type)) return undefined;
  const scalars: Record<string, unknown> = {
    ID: id,
    String: 'trade',
    Int: 1,
    Float: 0.5,
    Boolean: false,
    Date: new Date().toISOString().slice(0, 10),
    DateTime: new Date().toISOString(),
  };
  return scalars[getNamedType(type).name];
}

/**
 * The label of the node each id variable names: for `node(id:)` and `nodes(ids:)`, the type its
 * selection spreads on (`... on Measure`); for another argument, what its name says.
 */
function idLabels(schema: GraphQLSchema, operation: OperationDefinitionNode): Map<string, string> {
  const labels = new Map<string, string>();
  visit(operation, {
    Field(field: FieldNode) {
      for (const argument of field.arguments ?? []) {
        const variable = variableIn(argument.value);
        if (!variable) continue;
        const byField = ['node', 'nodes'].includes(field.name.value)
          ? spreadType(schema, field)
          : ARGUMENT_LABELS[argument.name.value];
        // A variable given to node(id:) and to an argument too: the node's spread is the surer.
        if (byField && (!labels.has(variable) || ['node', 'nodes'].includes(field.name.value))) {
          labels.set(variable, byField);
        }
      }
    },
  });
  return labels;
}

function variableIn(value: ValueNode): string | undefined {
  if (value.kind === Kind.VARIABLE) return value.name.value;
  if (value.kind === Kind.LIST) return value.values.map(variableIn).find(Boolean);
  return undefined;
}

function spreadType(schema: GraphQLSchema, field: FieldNode): string | undefined {
  for (const selection of field.selectionSet?.selections ?? []) {
    const name = selection.kind === Kind.INLINE_FRAGMENT && selection.typeCondition?.name.value;
    if (name && isObjectType(schema.getType(name))) return name;
  }
  return undefined;
}
