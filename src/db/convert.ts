import neo4j, { type Integer } from 'neo4j-driver';

/**
 * Turns what the driver returns into plain JavaScript, once, at the data-access boundary:
 * Integer -> number, Date -> 'YYYY-MM-DD', DateTime -> ISO string, Node/Relationship -> their
 * properties, lists and maps recursively. Resolvers never see a driver type.
 *
 * Every row of every answer passes through here, so plain values and plain maps (what Cypher
 * maps and properties() become) are recognised first, and dates are formatted from their fields
 * rather than through the driver's toString (a profile showed that formatting as the API's
 * largest single cost after decoding).
 */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(toPlain);
  const prototype = Object.getPrototypeOf(value);
  if (prototype === Object.prototype || prototype === null) {
    const plain: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) plain[key] = toPlain(item);
    return plain;
  }
  if (neo4j.isInt(value)) return value.toNumber();
  if (neo4j.isDate(value)) return formatDate(value) ?? value.toString();
  if (neo4j.isDateTime(value)) return formatInstant(value) ?? isoOf(value);
  if (neo4j.isLocalDateTime(value)) return isoOf(value);
  if (neo4j.isNode(value) || neo4j.isRelationship(value)) return toPlain(value.properties);
  return value;
}

type Field = number | Integer;
const numberOf = (field: Field) => (typeof field === 'number' ? field : field.toNumber());
const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const isoOf = (value: { toString(): string }) => new Date(value.toString()).toISOString();

/** 'YYYY-MM-DD' for years 0..9999; null for others (the driver's own format then). */
function formatDate(date: { year: Field; month: Field; day: Field }): string | null {
  const year = numberOf(date.year);
  if (year < 0 || year > 9999) return null;
  return `${pad(year, 4)}-${pad(numberOf(date.month))}-${pad(numberOf(date.day))}`;
}

/**
 * The instant as an ISO string in UTC (milliseconds), as `new Date(value.toString())` gives;
 * null for a time zone given by name or a year before 100 (Date.UTC reads 0..99 as 1900s).
 */
function formatInstant(value: {
  year: Field;
  month: Field;
  day: Field;
  hour: Field;
  minute: Field;
  second: Field;
  nanosecond: Field;
  timeZoneOffsetSeconds?: Field | null;
}): string | null {
  const offset = value.timeZoneOffsetSeconds;
  const year = numberOf(value.year);
  if (offset === undefined || offset === null || year < 100) return null;
  const utc = Date.UTC(
    year,
    numberOf(value.month) - 1,
    numberOf(value.day),
    numberOf(value.hour),
    numberOf(value.minute),
    numberOf(value.second),
    Math.floor(numberOf(value.nanosecond) / 1_000_000),
  );
  return new Date(utc - numberOf(offset) * 1000).toISOString();
}
