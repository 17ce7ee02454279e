/**
 * Reading the next level with this one. A root field that returns nodes (`node`, `measures`,
 * `events`) looks at what the client selected on them: every relationship connection it asked
 * for with the default page is read by the root query itself (the `related` column of
 * cypher/read/find-measures.cypher, find-events.cypher and find-batch.cypher), and the request
 * keeps those pages (loaders.ts, `putReadAhead`), so the connections resolve without a round
 * trip of their own. Anything else (other page sizes, `includeRetracted`, totals) still goes
 * through the loader. Types, labels and directions come from our schema, never from the client's
 * text, and reach Cypher as parameters.
 */
import {
  type FieldNode,
  type GraphQLObjectType,
  type GraphQLResolveInfo,
  getArgumentValues,
  isAbstractType,
  isObjectType,
  Kind,
  type SelectionSetNode,
} from 'graphql';
import type { Context } from '../context.ts';
import type { GraphNode, RelatedItem } from '../db/graph-node.ts';
import type { Prefetch, RelatedPrefetch, RelationSpec } from '../db/related.ts';
import { NESTED_PAGE, type PageArgs, pageWindow } from './connections.ts';
import { putReadAhead, readLoader } from './loaders.ts';
import { PROVENANCE_DESCRIPTIONS } from './provenance-fields.ts';

/** A node as a root query returns it when asked for `related`. */
export interface NodeWithRelated extends GraphNode {
  related?: { key: string; items: RelatedItem[] }[];
}

/** The page every prefetched connection reads: the default one (first page, default size). */
export const PREFETCH_WINDOW = pageWindow({}, NESTED_PAGE);

export { RELATION_EXTENSION } from '../read/field-reads.ts';

import { RELATION_EXTENSION } from '../read/field-reads.ts';

type Selection = { field: FieldNode; on: string | null };

function* fieldsOf(
  set: SelectionSetNode | undefined,
  info: GraphQLResolveInfo,
  on: string | null,
): Generator<Selection> {
  for (const selection of set?.selections ?? []) {
    if (selection.kind === Kind.FIELD) yield { field: selection, on } as Selection;
    else if (selection.kind === Kind.INLINE_FRAGMENT)
      yield* fieldsOf(selection.selectionSet, info, selection.typeCondition?.name.value ?? on);
    else {
      const fragment = info.fragments[selection.name.value];
      if (fragment) yield* fieldsOf(fragment.selectionSet, info, fragment.typeCondition.name.value);
    }
  }
}

/** The selections on the nodes a root field returns: itself, or `edges { node }` of a page. */
function nodeSelections(info: GraphQLResolveInfo, shape: 'node' | 'connection'): Selection[] {
  return info.fieldNodes.flatMap((root) =>
    shape === 'node' ? [...fieldsOf(root.selectionSet, info, null)] : edgeNodes(root, info),
  );
}

/**
 * The relationships to read with the nodes a root field returns, of type `base` (an object type
 * or an interface such as Node): those selected with the default page and no other argument.
 */
export function prefetchFor(
  info: GraphQLResolveInfo,
  shape: 'node' | 'connection',
  base: string,
): Prefetch {
  const wanted = new Map<string, RelatedPrefetch>();
  for (const { field, on } of nodeSelections(info, shape)) {
    for (const type of objectTypes(info, on ?? base)) {
      const definition = type.getFields()[field.name.value];
      const spec = definition?.extensions?.[RELATION_EXTENSION] as RelationSpec | undefined;
      if (!definition || !spec) continue;
      const args = getArgumentValues(definition, field, info.variableValues) as PageArgs;
      const window = pageWindow(args, NESTED_PAGE);
      if (args.includeRetracted || window.offset !== 0 || window.limit !== PREFETCH_WINDOW.limit)
        continue;
      const key = `${type.name}.${definition.name}`;
      // Aliases and fragments may select the same connection twice: what one reads, all get.
      const before = wanted.get(key);
      const edgeProps = before?.edgeProps === true || asksOfEdges(field, info);
      const provenance = before?.provenance === true || readsProvenance(edgeNodes(field, info));
      wanted.set(key, { key, on: type.name, ...spec, edgeProps, provenance });
    }
  }
  return {
    related: [...wanted.values()],
    limit: PREFETCH_WINDOW.limit,
    provenance: readsProvenance(nodeSelections(info, shape)),
  };
}

/**
 * Whether a connection's selection reads the relationship itself (provenance, criticality …) and
 * not only the node at its end: when it does not, the relationship's properties are not sent.
 */
function asksOfEdges(connection: FieldNode, info: GraphQLResolveInfo): boolean {
  return edgeFields(connection, info).some(
    (s) => !['node', 'cursor', '__typename'].includes(s.field.name.value),
  );
}

function edgeFields(connection: FieldNode, info: GraphQLResolveInfo): Selection[] {
  return [...fieldsOf(connection.selectionSet, info, null)]
    .filter((s) => s.field.name.value === 'edges')
    .flatMap((edges) => [...fieldsOf(edges.field.selectionSet, info, null)]);
}

/** The selections on the nodes at the far end of a connection. */
function edgeNodes(connection: FieldNode, info: GraphQLResolveInfo): Selection[] {
  return edgeFields(connection, info)
    .filter((s) => s.field.name.value === 'node')
    .flatMap((node) => [...fieldsOf(node.field.selectionSet, info, null)]);
}

/**
 * The provenance fields of a fact (fact.ts): the only ones that read a node's provenance
 * properties, so when none is selected those properties are not sent.
 */
const PROVENANCE_FIELDS = new Set(Object.keys(PROVENANCE_DESCRIPTIONS));

function readsProvenance(selections: Selection[]): boolean {
  return selections.some((s) => PROVENANCE_FIELDS.has(s.field.name.value));
}

function objectTypes(info: GraphQLResolveInfo, name: string): readonly GraphQLObjectType[] {
  const type = info.schema.getType(name);
  if (!type) return [];
  if (isObjectType(type)) return [type];
  return isAbstractType(type) ? info.schema.getPossibleTypes(type) : [];
}

/** Keeps the prefetched pages for the connections that will ask for them (loaders.ts). */
export function keepRelated(
  context: Context,
  prefetch: Prefetch,
  nodes: readonly (NodeWithRelated | null)[],
): void {
  const byKey = new Map<string, RelatedPrefetch>(prefetch.related.map((w) => [w.key, w]));
  for (const node of nodes) {
    for (const { key, items } of node?.related ?? []) {
      const want = byKey.get(key);
      if (!want) continue;
      const { type, direction, label } = want;
      putReadAhead(
        context,
        {
          kind: 'related',
          id: (node as NodeWithRelated).id,
          spec: { type, direction, label },
          offset: PREFETCH_WINDOW.offset,
          limit: PREFETCH_WINDOW.limit,
          includeRetracted: false,
        },
        items,
      );
    }
  }
}

/**
 * `node(id)`: the node is read with the relationships the client asked of it, then Pothos
 * resolves it as usual (type check included) from the loader, which has it cached.
 */
export async function resolveNodeWithRelated(
  _root: unknown,
  args: { id: { typename: string; id: string } },
  context: Context,
  info: GraphQLResolveInfo,
  resolveNode: (id: { typename: string; id: string }) => unknown,
): Promise<unknown> {
  const prefetch = prefetchFor(info, 'node', 'Node');
  if (prefetch.related.length > 0) {
    const node = await readLoader(context).load({ kind: 'node', id: args.id.id, prefetch });
    keepRelated(context, prefetch, [node as NodeWithRelated | null]);
  }
  return resolveNode(args.id);
}
