/**
 * `npm start`: configuration -> database up (NEO4J_URI or the local default) -> schema applied ->
 * seed loaded when the database is empty -> GraphQL served.
 */
import { type Config, ConfigError, loadConfig } from './config.ts';
import { type Connection, connect } from './db/connect.ts';
import { applySchema } from './db/schema.ts';
import { refreshReachIndex } from './exposure/reach-index.ts';
import type { ServerState } from './http/health.ts';
import { type WarmUpReport, warmDocuments } from './http/warm-documents.ts';
import { isDatabaseEmpty, loadSeed, SEED_DIR, SeedValidationError } from './load/seed.ts';
import { LocalNeo4jError } from './local-neo4j/errors.ts';
import { createLogger, type Logger } from './logger.ts';
import { startTracing } from './observability/tracing.ts';
import { schema } from './schema/index.ts';
import { servedDocuments } from './security/persisted.ts';
import { type SecuritySettings, securityFromConfig } from './security/settings.ts';
import { drainer, listen } from './server.ts';
import { Shutdown } from './shutdown.ts';
import { createApp } from './yoga.ts';

/** Requests begun get this long to finish once asked to stop (less if Neo4j needs the time). */
const DRAIN_MS = 7000;
/**
 * What the local Neo4j keeps of the shutdown budget to check-point and stop: 2-8 s on this
 * two-core machine depending on load; past the budget it is killed (it recovers from its
 * transaction log at the next start).
 */
const LOCAL_NEO4J_STOP_MS = 5000;

let shutdown: Shutdown | undefined;

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.LOG_LEVEL, config.LOG_FORMAT);
  // From the first moment: a signal while Neo4j starts or the seed loads stops those too.
  shutdown = new Shutdown(logger);
  const started = Date.now();
  const tracing = await startTracing();
  if (tracing) shutdown.add('traces', () => tracing.shutdown());
  // Each transaction of the API is given NEO4J_QUERY_TIMEOUT_MS; the seed below opts out of it.
  // Heavy statements wait in line, HEAVY_QUERY_CONCURRENCY at a time (src/db/heavy-line.ts).
  const connection = await connect(config, (line) => logger.info(line), {
    queryTimeoutMs: config.NEO4J_QUERY_TIMEOUT_MS,
    heavyConcurrency: config.HEAVY_QUERY_CONCURRENCY,
    reachIndex: config.EXPOSURE_REACH_INDEX === 'on',
  });
  const stopMs = connection.local ? LOCAL_NEO4J_STOP_MS : 500;
  shutdown.add('neo4j', (withinMs) => connection.close(withinMs), stopMs);
  try {
    await prepareDatabase(connection, logger);
  } catch (error) {
    if (!shutdown.stopping) await connection.close(); // do not leave the child Neo4j behind
    throw error;
  }
  // Requests fail fast while Neo4j does not answer (db/availability.ts).
  connection.db.failFast = true;
  // Built in the background: exposedFirms walks until it is fresh.
  if (config.EXPOSURE_REACH_INDEX === 'on') {
    shutdown.add('reach index', refreshReachIndex(connection.db, logger));
  }
  const auth = { keys: config.API_KEYS, readAccess: config.READ_ACCESS };
  const security = securityFromConfig(config);
  const state: ServerState = { stopping: false };
  const app = createApp({
    db: connection.db,
    auth,
    logger,
    security,
    state,
    neo4jBrowserUrl: connection.local?.browserUrl,
  });
  const server = await listen(app, config.HOST, config.PORT);
  const drain = drainer(server, logger);
  shutdown.add('http', (withinMs) => {
    state.stopping = true;
    return drain(Math.min(withinMs, DRAIN_MS));
  });
  logger.info(`Ready in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  logger.info(describeAccess(config));
  logger.info(describeSecurity(security));
  logger.info(describeObservability(security, Boolean(tracing)));
  if (security.production && config.NEO4J_URI && config.NEO4J_PASSWORD === 'exposure-graph') {
    logger.warn('NEO4J_PASSWORD is the public default: set the real one (docs/security.md).');
  }
  const graphql = `http://${config.HOST}:${config.PORT}/graphql`;
  logger.info(security.graphiql ? `GraphiQL:      ${graphql}` : `GraphQL:       ${graphql}`);
  if (security.explorer) logger.info(`Explorer:      http://${config.HOST}:${config.PORT}/`);
  if (connection.local) {
    logger.info(`Neo4j Browser: ${connection.local.browserUrl} (user ${config.NEO4J_USER})`);
  }
  // Each persisted document once before /ready says 200: its first client finds it planned.
  const warmStarted = Date.now();
  state.warming = { done: 0, total: 0 };
  try {
    const documents = servedDocuments(security.explorer);
    const warmed = await warmDocuments(app, connection.db, schema, documents, state.warming);
    logger.info(describeWarmUp(warmed, Date.now() - warmStarted));
  } catch (error) {
    // Neo4j gone meanwhile: the outage handling takes over; clients plan what they ask.
    logger.warn(`The start's warm-up stopped: ${(error as Error).message}`);
  } finally {
    state.warming = null;
  }
}

/** E.g. "Warmed up 12 persisted documents in 2.1 s (1 left: ExplorerSimulate, no sample for $measure)." */
function describeWarmUp({ warmed, skipped, failed }: WarmUpReport, ms: number): string {
  const left = [
    ...skipped.map(({ name, reason }) => `${name}, ${reason}`),
    ...failed.map(({ name, errors }) => `${name} answered "${errors[0]}"`),
  ];
  const notes = left.length > 0 ? ` (${left.length} left: ${left.join('; ')})` : '';
  return `Warmed up ${warmed.length} persisted documents in ${(ms / 1000).toFixed(1)} s${notes}.`;
}

/** E.g. "Metrics at /metrics (API key); traces over OTLP." */
function describeObservability({ metrics }: SecuritySettings, traced: boolean): string {
  const served = {
    on: 'Metrics at /metrics',
    key: 'Metrics at /metrics (API key)',
    off: 'No metrics',
  };
  return `${served[metrics]}; ${traced ? 'traces over OTLP' : 'no traces'}.`;
}

/** E.g. "Reads need a key; 3 API keys (1 editor, 2 readers)." Names and hashes stay out of logs. */
function describeAccess({ API_KEYS: keys, READ_ACCESS }: Config): string {
  const editors = keys.filter((key) => key.role === 'editor').length;
  const reads = READ_ACCESS === 'open' ? 'Reads are open' : 'Reads need a key';
  const count = `${keys.length} API key${keys.length === 1 ? '' : 's'}`;
  const detail = `${editors} editor, ${keys.length - editors} reader`;
  return `${reads}; ${count} (${detail}).${editors === 0 ? ' Nobody may write.' : ''}`;
}

/** E.g. "Production: GraphiQL off, introspection off, CORS for 1 origin(s), any document." */
function describeSecurity(security: SecuritySettings): string {
  const { production, graphiql, introspection, corsOrigins, persistedOnly } = security;
  const onOff = (on: boolean) => (on ? 'on' : 'off');
  const cors =
    corsOrigins.length === 0 ? 'same origin only' : `CORS for ${corsOrigins.length} origin(s)`;
  return [
    `${production ? 'Production' : 'Development'}: GraphiQL ${onOff(graphiql)}`,
    `introspection ${onOff(introspection)}`,
    cors,
    persistedOnly ? 'persisted documents only.' : 'any document.',
  ].join(', ');
}

async function prepareDatabase({ db }: Connection, logger: Logger): Promise<void> {
  const schema = await applySchema(db);
  logger.info(`Schema applied: ${schema.applied} statements, ${schema.created} new.`);
  if (await isDatabaseEmpty(db)) {
    logger.info('The database is empty: loading the seed.');
    await loadSeed(db, SEED_DIR, (line) => logger.info(line));
  }
}

main().catch((error: unknown) => {
  // Asked to stop while starting: what failed was cut short on purpose.
  if (shutdown?.stopping) return;
  // Errors we expect (bad configuration, no Java, a held port, a bad seed) are explained, not
  // stack-traced.
  const known =
    error instanceof ConfigError ||
    error instanceof LocalNeo4jError ||
    error instanceof SeedValidationError;
  console.error(known ? (error as Error).message : error);
  process.exit(known ? 2 : 1);
});
