// The export's side of to-neo4j.ts: stored values back to the normalised form's tagged values,
// so that an Integer, a Date and a DateTime survive the trip through YAML.
import neo4j, { type DateTime } from 'neo4j-driver';
import type { Props, PropValue } from '../model/format.ts';

/** A stored value the seed format cannot carry (a Point, a Duration, a list of dates …). */
export class UnrepresentableValue extends Error {
  override name = 'UnrepresentableValue';
}

export function fromNeo4jProps(props: Record<string, unknown>): Props {
  return Object.fromEntries(Object.entries(props).map(([key, value]) => [key, fromNeo4j(value)]));
}

function fromNeo4j(value: unknown): PropValue {
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
    return value;
  }
  if (neo4j.isInt(value)) return { $int: value.toNumber() };
  if (neo4j.isDate(value)) return { $date: value.toString() };
  if (neo4j.isDateTime(value)) return { $datetime: instantOf(value) };
  if (Array.isArray(value) && value.every((item) => typeof item === typeof value[0])) {
    if (value.every((item) => ['string', 'number', 'boolean'].includes(typeof item))) {
      return value as string[];
    }
  }
  throw new UnrepresentableValue(`cannot export the value ${String(value)}`);
}

const pad = (n: number | { toNumber(): number }, width = 2) =>
  String(typeof n === 'number' ? n : n.toNumber()).padStart(width, '0');

/** A DateTime in UTC as `2026-01-08T10:00:00.123Z` (to the nanosecond when it has them). */
export function instantOf(value: DateTime): string {
  const offset = value.timeZoneOffsetSeconds;
  const zoned = value.timeZoneId !== undefined && value.timeZoneId !== null;
  if (zoned || offset === undefined || Number(offset) !== 0) {
    throw new UnrepresentableValue(`cannot export ${value.toString()}: not in UTC`);
  }
  const date = `${pad(value.year, 4)}-${pad(value.month)}-${pad(value.day)}`;
  const time = `${pad(value.hour)}:${pad(value.minute)}:${pad(value.second)}`;
  // Milliseconds at least, as JavaScript writes instants; nanoseconds where there are any.
  const fraction = pad(value.nanosecond, 9).replace(/0{1,6}$/, '');
  return `${date}T${time}.${fraction}Z`;
}
