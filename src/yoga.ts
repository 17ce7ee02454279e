import { useGraphQlJit } from '@envelop/graphql-jit';
import { createYoga, useReadinessCheck } from 'graphql-yoga';
import { loadConfig } from './config.ts';
import { type AuthSettings, createContext, OPEN_READS, viewerFor } from './context.ts';
import type { Database } from './db/database.ts';
import { missingSchema } from './db/schema.ts';
import type { Logger } from './logger.ts';
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
  /** Execute with graphql-jit (compiled per document) instead of graphql-js. */
  jit?: boolean;
}

/** The settings of an unset environment: every limit at its default, GraphiQL and introspection on. */
export const DEFAULT_SECURITY: SecuritySettings = securityFromConfig(loadConfig({}));

const ENDPOINT = '/graphql';

/** The Yoga app: /graphql (with GraphiQL), /health (process alive) and /ready (Neo4j usable). */
export function createApp({
  db,
  auth = OPEN_READS,
  logger,
  security = DEFAULT_SECURITY,
  graphiql = security.graphiql,
  jit = false,
}: AppOptions) {
  return createYoga({
    schema,
    graphqlEndpoint: ENDPOINT,
    healthCheckEndpoint: '/health',
    graphiql,
    landingPage: graphiql,
    // Unexpected errors reach clients as "Unexpected error." with a code; their message, stack and
    // cause (a driver's message, Cypher) only with NODE_ENV=development. Yoga logs them either way.
    maskedErrors: { isDev: security.errorDetails, maskError: maskErrors(security.errorDetails) },
    cors: corsFor(security.corsOrigins),
    maxRequestBodySize: security.limits.bodyBytes > 0 ? security.limits.bodyBytes : false,
    // The id of a persisted document (src/security/persisted.ts).
    extraParamNames: ['documentId'],
    logging: logger ?? false,
    // A key that matches nothing throws here: the request is refused before any resolver runs.
    context: ({ request }) => createContext(db, viewerFor(request.headers, auth)),
    plugins: [
      useReadinessCheck({ endpoint: '/ready', check: () => readiness(db, !security.production) }),
      ...securityPlugins(security, auth, ENDPOINT),
      ...(jit ? [useGraphQlJit()] : []),
    ],
  });
}

/**
 * 200 when Neo4j answers and every schema statement is in place; otherwise 503 with the reason
 * (without the driver's message in production).
 */
async function readiness(db: Database, reasons: boolean): Promise<Response> {
  const unavailable = (reason: string) =>
    Response.json({ status: 'unavailable', reason }, { status: 503 });
  try {
    const missing = await withTimeout(missingSchema(db), 2500);
    if (missing.length > 0) return unavailable(`schema not applied: ${missing.join(', ')}`);
    return Response.json({ status: 'ready' });
  } catch (error) {
    // In production the driver's message (addresses, versions) stays in the server's own logs.
    const why = reasons ? `: ${(error as Error).message.split('\n')[0]}` : '';
    return unavailable(`Neo4j is not answering${why}`);
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
