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
