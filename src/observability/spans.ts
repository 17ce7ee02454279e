import {
  context,
  propagation,
  ROOT_CONTEXT,
  type Span,
  SpanKind,
  SpanStatusCode,
  type TextMapGetter,
} from '@opentelemetry/api';
import {
  ATTR_HTTP_REQUEST_METHOD,
  ATTR_HTTP_RESPONSE_STATUS_CODE,
  ATTR_HTTP_ROUTE,
  ATTR_URL_PATH,
} from '@opentelemetry/semantic-conventions';
import type { Plugin } from 'graphql-yoga';
import { currentScope } from '../request-scope.ts';
import { tracer } from './tracing.ts';

const headerGetter: TextMapGetter<Headers> = {
  get: (headers, key) => headers.get(key) ?? undefined,
  keys: (headers) => [...headers.keys()],
};

/** The request span of each request scope, for onResponse to give it its status. */
const requestSpans = new WeakMap<object, Span>();

/** A path as a span and metric label: our routes by name, anything else as one value. */
export function routeOf(path: string): string {
  return ['/graphql', '/health', '/ready', '/metrics'].includes(path) ? path : 'other';
}

/**
 * Spans of a request: the HTTP server span (continuing the caller's trace when it sends a W3C
 * `traceparent`), and inside it GraphQL parse, validate and execute, which the Neo4j query spans
 * (neo4j.ts) join as children. Only names, codes and timings: never the document's text or its
 * variables, which may hold whatever a client typed.
 */
export function tracingInstrumentation(): NonNullable<Plugin['instrumentation']> {
  return {
    request({ request }, wrapped) {
      const parent = propagation.extract(ROOT_CONTEXT, request.headers, headerGetter);
      const path = new URL(request.url).pathname;
      const attributes = {
        [ATTR_HTTP_REQUEST_METHOD]: request.method,
        [ATTR_URL_PATH]: path,
        [ATTR_HTTP_ROUTE]: routeOf(path),
      };
      const name = `${request.method} ${routeOf(path)}`;
      return context.with(parent, () =>
        tracer().startActiveSpan(name, { kind: SpanKind.SERVER, attributes }, async (span) => {
          const scope = currentScope();
          if (scope) requestSpans.set(scope, span);
          try {
            await wrapped();
          } finally {
            span.end();
          }
        }),
      );
    },
    parse: (_payload, wrapped) => inSpanSync('graphql.parse', wrapped),
    validate: (_payload, wrapped) => inSpanSync('graphql.validate', wrapped),
    execute: (_payload, wrapped) =>
      tracer().startActiveSpan('graphql.execute', async (span) => {
        try {
          await wrapped();
        } finally {
          const operation = currentScope()?.operation;
          if (operation) {
            span.setAttribute('graphql.operation.name', operation.name);
            span.setAttribute('graphql.operation.type', operation.type);
            span.updateName(`${operation.type} ${operation.name}`);
          }
          span.end();
        }
      }),
  };
}

function inSpanSync(name: string, wrapped: () => void): void {
  tracer().startActiveSpan(name, (span) => {
    try {
      wrapped();
    } finally {
      span.end();
    }
  });
}

/** Gives the request's span its HTTP status (an error from 500 on, as servers' spans do). */
export function endRequestSpan(status: number, codes: readonly string[]): void {
  const scope = currentScope();
  const span = scope && requestSpans.get(scope);
  if (!span) return;
  span.setAttribute(ATTR_HTTP_RESPONSE_STATUS_CODE, status);
  if (codes.length > 0) span.setAttribute('graphql.error.codes', [...new Set(codes)]);
  if (status >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
}
