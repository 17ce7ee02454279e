/**
 * `npm start`: configuration -> database up (NEO4J_URI or the local default) -> schema applied ->
 * seed loaded when the database is empty -> GraphQL served.
 */
import { ConfigError, loadConfig } from './config.ts';
import { connect } from './db/connect.ts';
import { applySchema } from './db/schema.ts';
import { LocalNeo4jError } from './local-neo4j/errors.ts';
import { createLogger } from './logger.ts';
import { listen, shutdownOnSignals } from './server.ts';
import { createApp } from './yoga.ts';

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.LOG_LEVEL);
  const started = Date.now();
  const connection = await connect(config, (line) => logger.info(line));
  const { db, local } = connection;
  const schema = await applySchema(db);
  logger.info(`Schema applied: ${schema.applied} statements, ${schema.created} new.`);
  const server = await listen(createApp({ db, logger }), config.HOST, config.PORT);
  shutdownOnSignals(server, logger, connection.close);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  logger.info(`Ready in ${seconds} s.`);
  logger.info(`GraphiQL:      http://${config.HOST}:${config.PORT}/graphql`);
  if (local) logger.info(`Neo4j Browser: ${local.browserUrl} (user ${config.NEO4J_USER})`);
}

main().catch((error: unknown) => {
  // Errors we expect (bad configuration, no Java, a held port) are explained, not stack-traced.
  const known = error instanceof ConfigError || error instanceof LocalNeo4jError;
  console.error(known ? (error as Error).message : error);
  process.exit(known ? 2 : 1);
});
