import neo4j from 'neo4j-driver';
import type { Props, PropValue } from '../model/format.ts';

/**
 * The normalised form marks the values JavaScript cannot tell apart: `{$date}` becomes a Neo4j
 * Date, `{$int}` an Integer (a plain JS number would be stored as a float: 3 -> 3.0) and
 * `{$datetime}` a DateTime in UTC. Null values are left out: Neo4j stores no nulls, and leaving
 * them out lets the writer compare incoming properties with stored ones as maps.
 */
export function toNeo4jProps(props: Props): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(props)
      .filter(([, value]) => value !== null && value !== undefined)
      .map(([key, value]) => [key, toNeo4j(value)]),
  );
}

function toNeo4j(value: PropValue): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  if ('$int' in value) return neo4j.int(value.$int);
  if ('$datetime' in value) return toDateTime(value.$datetime);
  const [year, month, day] = value.$date.split('-').map(Number);
  return new neo4j.types.Date(year ?? 0, month ?? 1, day ?? 1);
}

const INSTANT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?Z$/;

/** `2026-01-08T10:00:00.123Z` -> a Neo4j DateTime at offset 0, to the nanosecond given. */
export function toDateTime(text: string) {
  const match = INSTANT.exec(text);
  if (!match) throw new Error(`not an instant in UTC: ${text}`);
  const [year, month, day, hour, minute, second] = match.slice(1, 7).map(Number);
  const nanoseconds = Number((match[7] ?? '').padEnd(9, '0'));
  return new neo4j.types.DateTime(
    year ?? 0,
    month ?? 1,
    day ?? 1,
    hour ?? 0,
    minute ?? 0,
    second ?? 0,
    nanoseconds,
    0,
  );
}
