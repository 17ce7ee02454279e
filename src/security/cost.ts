import type { DocumentNode, ExecutionArgs } from 'graphql';
import { type ComplexityEstimator, getComplexity } from 'graphql-query-complexity';
import type { Plugin } from 'graphql-yoga';
import { LRUCache } from 'lru-cache';
import { DEFAULT_PAGE, MAX_PAGE, NESTED_PAGE } from '../schema/lists/connections.ts';
import { limitError } from './errors.ts';

/**
 * The cost of an operation, from graphql-query-complexity (maintained, graphql 16/17, variables,
 * fragments and @skip/@include understood). Every field costs 1; a paged field (`first`/`last`)
 * multiplies what it selects by the page it asks for (when unset, DEFAULT_PAGE for a root field
 * and NESTED_PAGE below it, as the resolvers do; at most MAX_PAGE),
 * and `nodes(ids:)` by the number of ids, so nested connections cost what they could fetch:
 * `countries(first: 100) { edges { node { actors(first: 100) { … } } } }` costs ~100 × 100 × ….
 * Armor's cost rule cannot see page sizes, and the Pothos complexity plugin would need the builder
 * and every paged field annotated.
 *
 * Checked when execution starts, once variables are known and before any resolver runs.
 */
export const pagedCost: ComplexityEstimator = ({ type, field, args, childComplexity }) => {
  if (field.args.some((arg) => arg.name === 'first' || arg.name === 'last')) {
    const asked = [args.first, args.last].find((value) => typeof value === 'number');
    const root = type.name === 'Query' || type.name === 'Mutation';
    const page = Math.min(Math.max(asked ?? (root ? DEFAULT_PAGE : NESTED_PAGE), 1), MAX_PAGE);
    return 1 + page * childComplexity;
  }
  if (Array.isArray(args.ids)) return 1 + Math.max(args.ids.length, 1) * childComplexity;
  return 1 + childComplexity;
};

export function costLimit(max: number): Plugin {
  if (max <= 0) return {};
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const cost = cachedCostOf(args);
      if (cost !== undefined && cost > max) {
        const costs = Number.isFinite(cost) ? `costs ${cost}` : 'expands to too many fields';
        const error = limitError(
          'QUERY_TOO_COMPLEX',
          `The query ${costs}; the limit is ${max}. Ask for smaller pages or fewer nested connections.`,
        );
        setResultAndStopExecution({ errors: [error] });
      }
    },
  };
}

/** Costs worked out, per document (Yoga parses a text once) and operation and variables. */
const costs = new WeakMap<DocumentNode, LRUCache<string, number>>();
/** Variables kept per document: a front end's few page sizes, not every search typed. */
const COSTS_PER_DOCUMENT = 256;

/**
 * costOf, remembered: a document's cost changes only with its variables, and walking the
 * document against the schema cost ~3% of the server's CPU on a page of 50 measures.
 */
function cachedCostOf(args: ExecutionArgs) {
  let known = costs.get(args.document);
  if (!known) {
    known = new LRUCache({ max: COSTS_PER_DOCUMENT });
    costs.set(args.document, known);
  }
  const key = `${args.operationName ?? ''} ${costKey(args.variableValues)}`;
  const cached = known.get(key);
  if (cached !== undefined) return cached;
  const cost = costOf(args);
  if (cost !== undefined) known.set(key, cost);
  return cost;
}

/**
 * The variables as far as the cost can depend on them: numbers (`first`, `last`), Booleans
 * (`@skip`, `@include`) and the length of lists (`ids`); a string never changes a cost, so every
 * string is left out. Requests of a document that differ only in an id or a search word (most of
 * a front end's) then share one entry instead of walking the document each time.
 */
export function costKey(variables: Record<string, unknown> | null | undefined): string {
  return JSON.stringify(variables ?? {}, (_key, value) => (typeof value === 'string' ? '' : value));
}

/**
 * The cost; Infinity past the library's node budget (fragments spread many times over); undefined
 * when it cannot be computed because of bad variables, which execute then reports as usual.
 */
export function costOf(args: Pick<ExecutionArgs, 'schema' | 'document'> & Partial<ExecutionArgs>) {
  try {
    return getComplexity({
      schema: args.schema,
      query: args.document,
      variables: (args.variableValues ?? {}) as Record<string, unknown>,
      ...(args.operationName ? { operationName: args.operationName } : {}),
      estimators: [pagedCost],
    });
  } catch (error) {
    return /maximum allowed number of nodes/.test((error as Error).message) ? Infinity : undefined;
  }
}
