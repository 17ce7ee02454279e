/**
 * The state of compiling one root read into Cypher (plan.ts, project.ts): the operation, the
 * parameters gathered so far (each a function of the request's variables, so one compiled plan
 * serves every request of its document), and whether the graph is read as known at an instant.
 */
import type { Operation } from './selection.ts';

/** A parameter's value for one request, from its variables. */
export type ParamValue = (variables: Record<string, unknown>) => unknown;

/** The state of one compilation: the operation, the parameters gathered, knowledge time. */
export interface Compilation {
  operation: Operation;
  params: Map<string, ParamValue>;
  /** True when the root reads the graph as known at `known` (a variable the root binds). */
  known: boolean;
  /** True when the root measures' status is the status on the day `$asOf`. */
  asOf: boolean;
  /**
   * Every property of every node and relationship instead of those the selection reads: the
   * oracle the tests compare projections with (test/read/equivalence.test.ts), never served.
   */
  whole?: boolean;
}

export function parameter(compilation: Compilation, value: ParamValue): string {
  const name = `p${compilation.params.size}`;
  compilation.params.set(name, value);
  return `$${name}`;
}

/** A node to project: its variable, the variable of its state (itself, or its version then). */
export interface NodeVars {
  node: string;
  state: string;
  depth: number;
}

export function nodeVars(compilation: Compilation, depth: number): NodeVars {
  const node = `n${depth}`;
  return { node, state: compilation.known ? `s${depth}` : node, depth };
}
