/**
 * Fixed ports of the test servers, moved by TEST_PORT_OFFSET so that two checkouts (git worktrees)
 * can run `npm test` on one machine at once without taking each other's Neo4j.
 */
export function testPort(base: number): number {
  const offset = Number(process.env.TEST_PORT_OFFSET ?? 0);
  if (!Number.isInteger(offset) || offset < 0 || offset > 1000) {
    throw new Error(`TEST_PORT_OFFSET must be a whole number from 0 to 1000; got ${offset}`);
  }
  return base + offset;
}

/**
 * The URI scheme tests reach their Neo4j servers with: `bolt` (one server, the default) or, with
 * NEO4J_TEST_SCHEME=neo4j, the routing driver, as against a cluster or Aura (a single server
 * answers its routing table with itself, as reader, writer and router).
 */
export function testScheme(): 'bolt' | 'neo4j' {
  const scheme = process.env.NEO4J_TEST_SCHEME ?? 'bolt';
  if (scheme !== 'bolt' && scheme !== 'neo4j') {
    throw new Error(`NEO4J_TEST_SCHEME must be bolt or neo4j; got ${scheme}`);
  }
  return scheme;
}
