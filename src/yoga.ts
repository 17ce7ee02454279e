import { createYoga } from 'graphql-yoga';
import { loadConfig } from './config.ts';
import { type AuthSettings, createContext, OPEN_READS, viewerFor } from './context.ts';
import type { Database } from './db/database.ts';
import { jitExecution } from './graphql-jit.ts';
import { bookmarks } from './http/bookmarks.ts';
import { healthEndpoints, type ServerState } from './http/health.ts';
import { explorerPage, graphiqlPage, graphiqlPolicy } from './http/pages.ts';
import { jsonRefusals } from './http/refusals.ts';
import { WARM_UP, type WarmUpContext } from './http/warm-documents.ts';
import { type Logger, yogaLogger } from './logger.ts';
import { logMasked } from './observability/error-log.ts';
import { metricsEndpoint } from './observability/metrics-endpoint.ts';
import { recordRequests, scopeAndSpans } from './observability/requests.ts';
import { schema } from './schema/index.ts';
import { corsFor } from './security/browser.ts';
import { maskErrors } from './security/masking.ts';
import { securityPlugins } from './security/plugins.ts';
import { type SecuritySettings, securityFromConfig } from './security/settings.ts';

export interface AppOptions {
  db: Database;
  /** API keys and read access; by default no keys and open reads (nobody may write). */
  auth?: AuthSettings;
  logger?: Logger;
  /** Limits and production mode; by default those of an empty environment (docs/limits.md). */
  security?: SecuritySettings;
  /** Overrides `security.graphiql`. */
  graphiql?: boolean;
  /** Execute with graphql-jit (compiled per document) instead of graphql-js: src/graphql-jit.ts. */
  jit?: boolean;
  /** Set `stopping` once shutdown begins: /ready then answers 503. */
  state?: ServerState;
  /** Overrides `security.explorer`: the exposure explorer at / (docs/explorer.md). */
  explorer?: boolean;
  /** Where the explorer's "open in the Neo4j Browser" links go; none when unknown. */
  neo4jBrowserUrl?: string | undefined;
}

/** The settings of an unset environment: every limit at its default, GraphiQL and introspection on. */
export const DEFAULT_SECURITY: SecuritySettings = securityFromConfig(loadConfig({}));

const ENDPOINT = '/graphql';
const WARM_UP_VIEWER = { roles: new Set(['reader'] as const), key: null };

/**
 * Yoga answers any URL that ends with its health check endpoint with an empty 200; ours
 * (http/health.ts) answers /health with JSON instead. A URL never ends with a space (it would be
 * %20), so Yoga's never matches.
 */
const NO_YOGA_HEALTH_CHECK = ' ';

/**
 * The Yoga app: /graphql (with GraphiQL), the explorer at /, /health and /ready, /metrics. Plugins in the order a
 * request meets them: its scope and spans, the probes and the scrape, the guards, and last what
 * records the answer.
 */
export function createApp({
  db,
  auth = OPEN_READS,
  logger,
  security = DEFAULT_SECURITY,
  graphiql = security.graphiql,
  jit = security.jit,
  state = { stopping: false },
  explorer = security.explorer,
  neo4jBrowserUrl,
}: AppOptions) {
  return createYoga({
    schema,
    graphqlEndpoint: ENDPOINT,
    healthCheckEndpoint: NO_YOGA_HEALTH_CHECK,
    graphiql,
    // GraphiQL from the install (Yoga's default loads it from a CDN), with its own policy.
    renderGraphiQL: graphiqlPage,
    // / is the explorer's; elsewhere a 404 says where GraphQL is.
    landingPage: false,
    // Unexpected errors reach clients as "Unexpected error." with a code; their message, stack and
    // cause (a driver's message, Cypher) only with NODE_ENV=development. Logged whole either way.
    maskedErrors: {
      isDev: security.errorDetails,
      maskError: maskErrors(security.errorDetails, logMasked(logger)),
    },
    cors: corsFor(security.corsOrigins),
    // The body limit is ours (security/body-size.ts): Yoga's streams every body to count it.
    maxRequestBodySize: false,
    // The id of a persisted document (src/security/persisted.ts).
    extraParamNames: ['documentId'],
    logging: logger ? yogaLogger(logger) : false,
    // A key that matches nothing throws here: the request is refused before any resolver runs.
    // The start's warm-up (http/warm-documents.ts) reads as a reader whatever the access rules.
    context: ({ request, ...server }) =>
      createContext(
        db,
        (server as WarmUpContext)[WARM_UP] ? WARM_UP_VIEWER : viewerFor(request.headers, auth),
      ),
    plugins: [
      ...scopeAndSpans(),
      healthEndpoints(db, state, !security.production),
      ...(explorer ? [explorerPage({ neo4jBrowserUrl })] : []),
      graphiqlPolicy(ENDPOINT),
      metricsEndpoint(db, security.metrics, auth),
      ...securityPlugins(security, auth, ENDPOINT),
      ...(jit ? jitExecution() : []),
      bookmarks(ENDPOINT),
      jsonRefusals(),
      recordRequests(logger),
    ],
  });
}
