import neo4j from 'neo4j-driver';

/**
 * Turns what the driver returns into plain JavaScript, once, at the data-access boundary:
 * Integer -> number, Date -> 'YYYY-MM-DD', DateTime -> ISO string, Node/Relationship -> their
 * properties, lists and maps recursively. Resolvers never see a driver type.
 */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (neo4j.isInt(value)) return value.toNumber();
  if (neo4j.isDate(value)) return value.toString();
  if (neo4j.isDateTime(value) || neo4j.isLocalDateTime(value)) {
    return new Date(value.toString()).toISOString();
  }
  if (neo4j.isNode(value) || neo4j.isRelationship(value)) return toPlain(value.properties);
  if (Array.isArray(value)) return value.map(toPlain);
  if (typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, toPlain(item)]));
  }
  return value;
}
