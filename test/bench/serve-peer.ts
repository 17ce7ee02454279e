/**
 * Benchmark child process: the peer, @neo4j/graphql over the same Neo4j, served by graphql-yoga
 * like ours. Its driver is wrapped to count round trips (transactions run), as Database does.
 */
import { Neo4jGraphQL } from '@neo4j/graphql';
import { createYoga } from 'graphql-yoga';
import neo4j from 'neo4j-driver';
// The driver's faster map decoding, its messages in one socket write and no notifications, as
// ours and the floor have them: the three differ above the driver.
import '../../src/db/map-unpacking.ts';
import '../../src/db/socket-writes.ts';
import { DRIVER_CONFIG } from '../../src/db/driver.ts';
import { listen } from '../../src/server.ts';
import { announce, databaseSettings, HOST } from './child-server.ts';
import { countingDriver } from './counting-driver.ts';
import { peerTypeDefs } from './peer-typedefs.ts';

const settings = databaseSettings();
const driver = neo4j.driver(settings.uri, neo4j.auth.basic(settings.user, settings.password), {
  notificationFilter: DRIVER_CONFIG.notificationFilter,
});
const counter = { roundTrips: 0 };
const schema = await new Neo4jGraphQL({
  typeDefs: peerTypeDefs(),
  driver: countingDriver(driver, counter),
}).getSchema();
const yoga = createYoga({
  schema,
  graphiql: false,
  logging: false,
  // The benchmark shows a failing case's real message.
  maskedErrors: false,
  context: { sessionConfig: { database: settings.database } },
});
const server = await listen(yoga as never, HOST, 0);
await announce(
  server,
  () => counter.roundTrips,
  () => driver.close(),
);
