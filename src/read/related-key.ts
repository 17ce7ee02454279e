import type { FieldNode } from 'graphql';

/**
 * The key under which a node's planned page of a relationship travels (`related` in a planned
 * node): where the connection field stands in the document. The planner and the connection's
 * resolver (which sees the same field node first in `info.fieldNodes`) find the same page; the
 * page's arguments are parameters, so one plan serves every request of the document.
 */
export function relatedKey(field: FieldNode): string {
  return field.loc ? `at${field.loc.start}` : `field:${field.name.value}`;
}
