/**
 * Why the local Neo4j could not start, with the three ways out, so that a user who has neither a JDK
 * nor a free port knows what to do next without reading the code.
 */
export const WAYS_OUT = [
  'Ways out:',
  '  1. install JDK 17 (or 21) and Maven, so the project can run its own Neo4j (npm start does the rest);',
  '  2. run Neo4j in Docker: docker compose up -d neo4j, then NEO4J_URI=bolt://127.0.0.1:7687 npm start;',
  '  3. point at a Neo4j you already have: set NEO4J_URI (and NEO4J_USER, NEO4J_PASSWORD).',
].join('\n');

export class LocalNeo4jError extends Error {
  override name = 'LocalNeo4jError';
  constructor(problem: string, options?: { cause?: unknown; withWaysOut?: boolean }) {
    super(options?.withWaysOut === false ? problem : `${problem}\n${WAYS_OUT}`, options);
  }
}
