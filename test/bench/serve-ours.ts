/**
 * Benchmark child process: our GraphQL API (createApp + listen + the start's warm-up) as production serves it
 * (NODE_ENV=production: every limit of docs/limits.md on), except the per-client rate limit,
 * which would refuse a load generator that is one client.
 */
import { loadConfig } from '../../src/config.ts';
import { Database } from '../../src/db/database.ts';
import { warmDocuments } from '../../src/http/warm-documents.ts';
import { schema } from '../../src/schema/index.ts';
import { servedDocuments } from '../../src/security/persisted.ts';
import { securityFromConfig } from '../../src/security/settings.ts';
import { listen } from '../../src/server.ts';
import { createApp } from '../../src/yoga.ts';
import { announce, databaseSettings, HOST } from './child-server.ts';

const config = loadConfig({ ...process.env, NODE_ENV: 'production', RATE_LIMIT: '0' });
// Heavy statements wait in line as `npm start` has them (HEAVY_QUERY_CONCURRENCY, default 4).
const db = new Database(databaseSettings(), {
  heavyConcurrency: config.HEAVY_QUERY_CONCURRENCY,
  reachIndex: config.EXPOSURE_REACH_INDEX === 'on',
});
const security = securityFromConfig(config);
const app = createApp({ db, security });
const server = await listen(app, HOST, 0);
// Ready as `npm start` is: once the persisted documents are warmed up (main.ts).
await warmDocuments(app, db, schema, servedDocuments(security.explorer));
await announce(
  server,
  () => db.roundTrips,
  () => db.close(),
);
