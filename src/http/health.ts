import type { Plugin } from 'graphql-yoga';
import type { Database } from '../db/database.ts';
import { DatabaseUnavailableError } from '../db/errors.ts';
import { missingSchema } from '../db/schema.ts';
import { VERSION } from '../version.ts';

/** What the process says about itself beyond Neo4j: set once a signal asked it to stop. */
export interface ServerState {
  stopping: boolean;
  /** Set while the start's warm-up asks the persisted documents (http/warm-documents.ts). */
  warming?: { done: number; total: number } | null;
}

/**
 * /health (liveness: the process answers) and /ready (readiness: Neo4j answers, every schema
 * statement is in place, no warm-up is running (at start: http/warm-documents.ts; after an outage:
 * db/warm-up.ts), and the process
 * is not stopping), both as JSON with the version and
 * uptime. A load balancer keeps a replica whose /ready says 503 out of rotation; an orchestrator
 * restarts one whose /health stops answering. Neither is rate-limited.
 */
export function healthEndpoints(db: Database, state: ServerState, reasons: boolean): Plugin {
  return {
    async onRequest({ url, request, endResponse }) {
      if (request.method !== 'GET' && request.method !== 'HEAD') return;
      if (url.pathname === '/health') endResponse(Response.json({ status: 'ok', ...about() }));
      if (url.pathname === '/ready') endResponse(await readiness(db, state, reasons));
    },
  };
}

const about = () => ({ version: VERSION, uptimeSeconds: Math.round(process.uptime()) });

/**
 * 200 when ready; otherwise 503 with the reason (without the driver's message in production,
 * where it stays in the server's own log).
 */
async function readiness(db: Database, state: ServerState, reasons: boolean): Promise<Response> {
  const unavailable = (status: string, reason: string) =>
    Response.json({ status, reason, ...about() }, { status: 503, headers: { 'retry-after': '1' } });
  if (state.stopping) return unavailable('stopping', 'shutting down: finishing the requests begun');
  const warming = () => {
    if (state.warming) {
      const { done, total } = state.warming;
      return unavailable(
        'warming',
        `starting: asking the ${total} persisted documents, ${done} done`,
      );
    }
    const progress = db.warmUp.progress;
    if (!progress) return null;
    const { done, total } = progress;
    const reason = `Neo4j is back: running the ${total} recent read shapes again, ${done} done`;
    return unavailable('warming', reason);
  };
  try {
    const beforeCheck = warming();
    if (beforeCheck) return beforeCheck;
    const missing = await withTimeout(missingSchema(db), 2500);
    if (missing.length > 0) {
      return unavailable('unavailable', `schema not applied: ${missing.join(', ')}`);
    }
    // Asked again after the check, which may itself be the call that found Neo4j back.
    return warming() ?? Response.json({ status: 'ready', ...about() });
  } catch (error) {
    // The driver's own words (refused, timed out, which address) are what an operator needs.
    const cause = error instanceof DatabaseUnavailableError ? error.cause : error;
    const why = reasons ? `: ${String((cause as Error)?.message ?? cause).split('\n')[0]}` : '';
    return unavailable('unavailable', `Neo4j is not answering${why}`);
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
