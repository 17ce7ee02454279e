import neo4j from 'neo4j-driver';
import type { Props, PropValue } from '../seed/format.ts';

/**
 * The normalised form marks the values JavaScript cannot tell apart: `{$date}` becomes a Neo4j
 * Date and `{$int}` an Integer (a plain JS number would be stored as a float: 3 -> 3.0).
 */
export function toNeo4jProps(props: Props): Record<string, unknown> {
  return Object.fromEntries(Object.entries(props).map(([key, value]) => [key, toNeo4j(value)]));
}

function toNeo4j(value: PropValue): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  if ('$int' in value) return neo4j.int(value.$int);
  const [year, month, day] = value.$date.split('-').map(Number);
  return new neo4j.types.Date(year ?? 0, month ?? 1, day ?? 1);
}
