import { createYoga, useReadinessCheck } from 'graphql-yoga';
import { type AuthSettings, createContext, OPEN_READS, viewerFor } from './context.ts';
import type { Database } from './db/database.ts';
import { missingSchema } from './db/schema.ts';
import type { Logger } from './logger.ts';
import { schema } from './schema/index.ts';

export interface AppOptions {
  db: Database;
  /** API keys and read access; by default no keys and open reads (nobody may write). */
  auth?: AuthSettings;
  logger?: Logger;
  graphiql?: boolean;
}

/** The Yoga app: /graphql (with GraphiQL), /health (process alive) and /ready (Neo4j usable). */
export function createApp({ db, auth = OPEN_READS, logger, graphiql = true }: AppOptions) {
  return createYoga({
    schema,
    graphqlEndpoint: '/graphql',
    healthCheckEndpoint: '/health',
    graphiql,
    maskedErrors: true,
    logging: logger ?? false,
    // A key that matches nothing throws here: the request is refused before any resolver runs.
    context: ({ request }) => createContext(db, viewerFor(request.headers, auth)),
    plugins: [useReadinessCheck({ endpoint: '/ready', check: () => readiness(db) })],
  });
}

/** 200 when Neo4j answers and every schema statement is in place; otherwise 503 with the reason. */
async function readiness(db: Database): Promise<Response> {
  const unavailable = (reason: string) =>
    Response.json({ status: 'unavailable', reason }, { status: 503 });
  try {
    const missing = await withTimeout(missingSchema(db), 2500);
    if (missing.length > 0) return unavailable(`schema not applied: ${missing.join(', ')}`);
    return Response.json({ status: 'ready' });
  } catch (error) {
    return unavailable(`Neo4j is not answering: ${(error as Error).message.split('\n')[0]}`);
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
