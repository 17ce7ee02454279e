import { type DocumentNode, getOperationAST } from 'graphql';
import { isAsyncIterable, type Plugin } from 'graphql-yoga';
import type { Logger } from '../logger.ts';
import { currentScope, newScope, runInScope } from '../request-scope.ts';
import { errorLogFields, serverSideCause } from './error-log.ts';
import {
  errors,
  httpRequests,
  operationLabel,
  operations,
  queriesPerOperation,
} from './metrics.ts';
import { endRequestSpan, routeOf, tracingInstrumentation } from './spans.ts';

/**
 * The first plugins of the app: the request's scope (request-scope.ts) around everything it
 * runs, then its spans (spans.ts). Two plugins, as each may wrap a request once, and the scope
 * must be outside the spans.
 */
export function scopeAndSpans(): Plugin[] {
  return [
    {
      instrumentation: {
        request: ({ request }, wrapped) => runInScope(newScope(request), wrapped),
      },
    },
    { instrumentation: tracingInstrumentation() },
  ];
}

/**
 * The last plugin of the app, so it sees the answer as it leaves: metrics (metrics.ts), one log
 * line per GraphQL request (operation, status, time, Neo4j round trips, error codes), a line with
 * the cause of each error the server is to blame for, and the bookmark of a write
 * (extensions.bookmark, http/bookmarks.ts).
 */
export function recordRequests(logger: Logger | undefined): Plugin {
  return {
    onParams({ params }) {
      const scope = currentScope();
      if (scope && !scope.operation) {
        scope.operation = { name: params.operationName ?? 'anonymous', type: 'unknown' };
      }
    },
    onParse({ context }) {
      // Known once parsed, even when validation then fails.
      return ({ result }) => {
        if (result instanceof Error || !result || !('kind' in result)) return;
        nameOperation(result as DocumentNode, context.params?.operationName);
      };
    },
    onExecute({ args }) {
      nameOperation(args.document, args.operationName);
    },
    onResultProcess({ result, setResult }) {
      const scope = currentScope();
      if (!scope || Array.isArray(result) || isAsyncIterable(result)) return;
      const operation = operationLabel(scope.operation?.name);
      for (const error of result.errors ?? []) {
        const code = String(error.extensions?.code ?? 'UNKNOWN');
        scope.codes.push(code);
        errors.inc({ code, operation });
        const cause = serverSideCause(error);
        if (cause !== undefined) {
          logger?.warn({ ...errorLogFields(scope, error), err: cause }, error.message);
        }
      }
      if (scope.written.length > 0) {
        const extensions = { ...result.extensions, bookmark: scope.written.join(',') };
        setResult({ ...result, extensions });
      }
    },
    onResponse({ request, response }) {
      const scope = currentScope();
      if (!scope) return;
      response.headers.set('x-request-id', scope.id);
      const seconds = (performance.now() - scope.startedAt) / 1000;
      const route = routeOf(new URL(request.url).pathname);
      const status = response.status;
      httpRequests.observe({ method: request.method, route, status: String(status) }, seconds);
      endRequestSpan(status, scope.codes);
      // Probes and scrapes every few seconds would drown the log: metrics only.
      if (route !== '/graphql') return;
      const { operation, neo4j, codes } = scope;
      const label = operationLabel(operation?.name);
      if (operation) {
        const outcome = codes.length > 0 ? 'error' : 'ok';
        operations.observe({ operation: label, type: operation.type, outcome }, seconds);
        queriesPerOperation.observe({ operation: label }, neo4j.queries);
      }
      const ms = Math.round(seconds * 10_000) / 10;
      const line = {
        requestId: scope.id,
        operation: operation?.name ?? null,
        type: operation?.type ?? null,
        status,
        ms,
        neo4j: { queries: neo4j.queries, ms: Math.round(neo4j.ms * 10) / 10 },
        ...(codes.length > 0 ? { errors: codes } : {}),
      };
      const summary = `${operation?.name ?? request.method} ${status} in ${ms} ms, ${neo4j.queries} Neo4j quer${neo4j.queries === 1 ? 'y' : 'ies'}${codes.length > 0 ? ` [${codes.join(', ')}]` : ''}`;
      logger?.[status >= 500 ? 'warn' : 'info'](line, summary);
    },
  };
}

/** The operation of the request: its name (or `anonymous`) and type. */
function nameOperation(document: DocumentNode, requested: string | null | undefined): void {
  const scope = currentScope();
  const operation = getOperationAST(document, requested);
  if (!scope || !operation) return;
  scope.operation = {
    name: operation.name?.value ?? requested ?? 'anonymous',
    type: operation.operation,
  };
}
