/**
 * A benchmark case as the load driver sees it: one or more HTTP steps that together fetch one
 * answer. Ours and the floor need one step per answer; a peer client may need several (a later
 * step built from an earlier answer), and the answer's latency spans them all.
 */

/** The seven questions a front end asks, each measured alone and in the mix. */
export const CASES = [
  'node',
  'measure',
  'measuresPage',
  'search',
  'exposure',
  'exposedFirms',
  'timeline',
] as const;
export type CaseName = (typeof CASES)[number];

export type Context = Record<string, unknown>;

export interface Step {
  path: string;
  /** The JSON body; `vars` are the case's variables for this answer, `context` earlier steps' results. */
  body: (vars: Record<string, unknown>, context: Context) => string;
  /** Reads what later steps need; throws when the answer is wrong. Only a last step may be async. */
  read?: (json: unknown, context: Context) => void | Promise<void>;
}

export interface Flow {
  name: CaseName;
  steps: Step[];
  /** The variables of the next answer: the samples in turn, shared by all connections. */
  next: () => Record<string, unknown>;
}

/** A function that returns the items of `list` in turn, forever. */
export function rotate<T>(list: readonly T[]): () => T {
  let index = 0;
  return () => list[index++ % list.length] as T;
}

/** A GraphQL POST body. */
export const graphqlBody = (query: string, variables: Record<string, unknown>) =>
  JSON.stringify({ query, variables });

/** True when a GraphQL answer carries errors (a 200 with `errors` is still a failure). */
export function hasGraphqlErrors(body: string): boolean {
  return body.startsWith('{"errors"') || body.includes(',"errors":[');
}
