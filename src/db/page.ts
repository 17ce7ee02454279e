import neo4j from 'neo4j-driver';

/** SKIP and LIMIT as Neo4j Integers: the driver sends JS numbers as floats, which they refuse. */
export function pageParams(offset: number, limit: number) {
  return { offset: neo4j.int(offset), limit: neo4j.int(limit) };
}

export type PageParams = { offset: unknown; limit: unknown };
