// The test Neo4j the mutation runs use: NEO4J_TEST_URI if set, else the project's own test
// instance on the test ports (moved by TEST_PORT_OFFSET), started here if it is not running.
import { loadConfig } from '../../src/config.ts';
import { connect } from '../../src/db/connect.ts';
import { testPort } from '../helpers/ports.ts';

export async function testNeo4j(): Promise<{ uri: string; close: () => Promise<void> }> {
  const env = process.env;
  if (env.NEO4J_TEST_URI) return { uri: env.NEO4J_TEST_URI, close: async () => {} };
  const connection = await connect(
    loadConfig({
      ...env,
      NEO4J_URI: '',
      NEO4J_BOLT_PORT: String(testPort(17687)),
      NEO4J_HTTP_PORT: String(testPort(17474)),
    }),
    (line) => console.log(`[test neo4j] ${line}`),
    { instance: 'test' },
  );
  return { uri: connection.local?.boltUri ?? '', close: () => connection.close() };
}
