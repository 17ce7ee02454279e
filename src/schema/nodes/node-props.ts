import type { GraphNode } from '../../db/graph-node.ts';

/** Typed reads of node properties; absent values are null, lists default to empty. */
export const text = (node: GraphNode, key: string): string | null =>
  typeof node.props[key] === 'string' ? (node.props[key] as string) : null;

export const number = (node: GraphNode, key: string): number | null =>
  typeof node.props[key] === 'number' ? (node.props[key] as number) : null;

export const flag = (node: GraphNode, key: string): boolean | null =>
  typeof node.props[key] === 'boolean' ? (node.props[key] as boolean) : null;

export const texts = (node: GraphNode, key: string): string[] =>
  Array.isArray(node.props[key]) ? (node.props[key] as string[]) : [];

/** `isTypeOf` of a node type: lets interfaces and unions (Node, Actor, Fact) find the type. */
export const isA = (label: string) => (value: unknown) =>
  Array.isArray((value as GraphNode | null)?.labels) && (value as GraphNode).labels.includes(label);

/**
 * A value the seed schema restricts to `values` (an enum's), typed as one of them. Not checked
 * again: a value outside them is refused by the GraphQL enum when sent, as it always was.
 */
export const oneOf = <T extends string>(value: string | null, _values: readonly T[]): T | null =>
  value as T | null;

/** An enum property of a node (see `oneOf`). */
export const textIn = <T extends string>(node: GraphNode, key: string, values: readonly T[]) =>
  oneOf(text(node, key), values);

/**
 * A value that is always there, typed as present: one the seed schema requires of every node of its
 * type, or a node an answer names. Not checked: were it missing, GraphQL refuses the null of the
 * non-null field, as it always did.
 */
export const present = <T>(value: T | null): T => value as T;
