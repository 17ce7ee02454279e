/**
 * Knowledge time in a planned read (docs/history.md): what stands (not retracted, asserted by
 * then) and the state a node or relationship had then (itself, or the version that held then),
 * and a measure's status as of a day or as known then. Cypher fragments for project.ts.
 */
import type { Compilation, NodeVars } from './compilation.ts';

/** A measure's status: the stored latest, or worked out from its changes as of a day or as known. */
export function statusOf(compilation: Compilation, vars: NodeVars): string {
  if (!compilation.known && !(compilation.asOf && vars.depth === 0)) return `${vars.state}.status`;
  const change = `c${vars.depth}`;
  const onDay = compilation.asOf && vars.depth === 0;
  const conditions = [visible(compilation, change), asserted(compilation, change)];
  const matched = `MATCH (${vars.node})-[:HAD_STATUS]->(${change}:StatusChange)`;
  if (!compilation.known) {
    if (onDay) conditions.push(`${change}.on <= date($asOf)`);
    return `COLLECT { ${matched} WHERE ${conditions.join(' AND ')} RETURN ${change}.status ORDER BY ${change}.on DESC, ${change}.index DESC LIMIT 1 }[0]`;
  }
  // As known then, each change has the date and status of its version that held then (an import
  // may have corrected it since).
  const state = `cs${vars.depth}`;
  const then = `WITH ${change}, ${stateOf(compilation, change, false)} AS ${state}`;
  const day = onDay ? ` WHERE ${state}.on <= date($asOf)` : '';
  return `COLLECT { ${matched} WHERE ${conditions.join(' AND ')} ${then}${day} RETURN ${state}.status ORDER BY ${state}.on DESC, ${state}.index DESC LIMIT 1 }[0]`;
}

/** Not retracted (by `known`, when the root reads the graph as known then). */
export function visible(compilation: Compilation, item: string): string {
  return compilation.known
    ? `coalesce(${item}.retractedAt > known, true)`
    : `${item}.retractedAt IS NULL`;
}

/** Asserted by `known` (always true when the root reads the graph as it is now). */
export function asserted(compilation: Compilation, item: string): string {
  return compilation.known ? `coalesce(${item}.assertedAt <= known, true)` : 'true';
}

/** The state of a node (or relationship) as known then: itself, or the version that held then. */
export function stateOf(compilation: Compilation, item: string, relationship: boolean): string {
  if (!compilation.known) return item;
  const version = `v_${item}`;
  const versions = relationship
    ? `MATCH (${version}:Version {versionOf: ${item}.id})`
    : `MATCH (${item})-[:PREVIOUS_VERSION]->(${version}:Version)`;
  return `CASE WHEN coalesce(coalesce(${item}.updatedAt, ${item}.assertedAt) <= known, true) THEN ${item} ELSE coalesce(COLLECT { ${versions} WHERE coalesce(${version}.updatedAt, ${version}.assertedAt) <= known < ${version}.supersededAt RETURN ${version} }[0], ${item}) END`;
}
