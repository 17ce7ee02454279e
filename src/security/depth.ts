/**
 * The depth limit, counted in the levels a reader sees: each field is a level, except that a
 * connection's `edges { node { … } }` pair counts once (`node` directly under `edges` adds
 * nothing). `countries { edges { node { organizations { edges { node { name } } } } } }` is
 * 5 deep (countries, edges/node, organizations, edges/node, name), where GraphQL Armor's rule,
 * which counts every field, says 7 — so a natural four-level query hit MAX_DEPTH 12 at its third
 * connection. Fragments are flattened (a spread or inline fragment is no level). Armor keeps the
 * other document limits (document-limits.ts); its depth rule has no way to tell a connection's
 * wrapper fields from real levels, hence this one rule of our own.
 */
import {
  type ASTNode,
  type FragmentDefinitionNode,
  Kind,
  type SelectionSetNode,
  type ValidationRule,
} from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { limitError } from './errors.ts';

/** The depth of a selection set; `underEdges` when its parent field is a connection's `edges`. */
function depthOf(
  set: SelectionSetNode | undefined,
  fragments: Map<string, FragmentDefinitionNode>,
  underEdges: boolean,
  seen: Set<string>,
): number {
  let deepest = 0;
  for (const selection of set?.selections ?? []) {
    if (selection.kind === Kind.FIELD) {
      // GraphiQL's introspection query is deep; `__schema` is bounded by the schema (as in Armor).
      if (selection.name.value === '__schema') continue;
      const level = underEdges && selection.name.value === 'node' ? 0 : 1;
      const below = depthOf(
        selection.selectionSet,
        fragments,
        selection.name.value === 'edges',
        seen,
      );
      deepest = Math.max(deepest, level + below);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      deepest = Math.max(deepest, depthOf(selection.selectionSet, fragments, underEdges, seen));
    } else {
      const name = selection.name.value;
      const fragment = fragments.get(name);
      if (!fragment || seen.has(name)) continue; // unknown or cyclic: other rules report it
      const inner = new Set(seen).add(name);
      deepest = Math.max(deepest, depthOf(fragment.selectionSet, fragments, underEdges, inner));
    }
  }
  return deepest;
}

/** The depth of the deepest operation of a document, by the rule above. */
export function documentDepth(document: { definitions: readonly ASTNode[] }): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions)
    if (definition.kind === Kind.FRAGMENT_DEFINITION)
      fragments.set(definition.name.value, definition);
  let deepest = 0;
  for (const definition of document.definitions)
    if (definition.kind === Kind.OPERATION_DEFINITION)
      deepest = Math.max(deepest, depthOf(definition.selectionSet, fragments, false, new Set()));
  return deepest;
}

function depthRule(max: number): ValidationRule {
  return (context) => ({
    Document: (document) => {
      const depth = documentDepth(document);
      if (depth > max) {
        context.reportError(
          limitError('QUERY_TOO_DEEP', `Query depth limit of ${max} exceeded, found ${depth}.`),
        );
      }
    },
  });
}

/** The depth limit as a validation rule; off when `max` is 0 or less. */
export function depthLimit(max: number): Plugin {
  if (max <= 0) return {};
  const rule = depthRule(max);
  return { onValidate: ({ addValidationRule }) => addValidationRule(rule) };
}
