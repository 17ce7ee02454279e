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
