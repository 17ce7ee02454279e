/**
 * Traces of real requests, caught by OpenTelemetry's in-memory exporter: the HTTP span continues
 * the caller's trace, GraphQL's phases and each Neo4j query are its descendants, and no span
 * carries the document or a variable's value.
 */
import { SpanKind } from '@opentelemetry/api';
import { InMemorySpanExporter, type ReadableSpan } from '@opentelemetry/sdk-trace-base';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { startTracing } from '../../src/observability/tracing.ts';
import { traceTo } from '../../src/observability/tracing-sdk.ts';
import { createApp } from '../../src/yoga.ts';
import { testDatabase } from '../helpers/database.ts';
import { post } from '../security/client.ts';

const exporter = new InMemorySpanExporter();
const tracing = traceTo(exporter, { immediate: true });
afterAll(() => tracing.shutdown());
beforeEach(() => exporter.reset());

const db = testDatabase();
const app = createApp({ db });
const TRACE = '4bf92f3577b34da6a3ce929d0e0e4736';
const PARENT = '00f067aa0ba902b7';
const SECRET = 'zz-a-value-no-span-may-hold';

const named = (spans: ReadableSpan[], name: string) => spans.filter((s) => s.name === name);
const parentOf = (span: ReadableSpan) => span.parentSpanContext?.spanId;

/** True when `span` descends from `ancestor` through the spans exported. */
function descends(span: ReadableSpan, ancestor: ReadableSpan, spans: ReadableSpan[]): boolean {
  const byId = new Map(spans.map((s) => [s.spanContext().spanId, s]));
  for (let at = byId.get(parentOf(span) ?? ''); at; at = byId.get(parentOf(at) ?? '')) {
    if (at === ancestor) return true;
  }
  return false;
}

describe('traces', () => {
  it('a span per request, per GraphQL phase and per Neo4j query, in one trace', async () => {
    const query = `query TracedSearch($text: String!) {
      search(query: $text, first: 2) { edges { score } }
      actors(first: 2) { totalCount edges { node { id } } }
    }`;
    const response = await post(
      app,
      { query, variables: { text: SECRET } },
      { traceparent: `00-${TRACE}-${PARENT}-01` },
    );
    expect(response.status).toBe(200);
    const spans = exporter.getFinishedSpans();

    const [request] = named(spans, 'POST /graphql');
    expect(request?.kind).toBe(SpanKind.SERVER);
    expect(request?.spanContext().traceId).toBe(TRACE); // the caller's trace goes on
    expect(parentOf(request as ReadableSpan)).toBe(PARENT);
    expect(request?.attributes['http.response.status_code']).toBe(200);
    for (const phase of ['graphql.parse', 'graphql.validate', 'query TracedSearch']) {
      expect(named(spans, phase)).toHaveLength(1);
    }
    const [execute] = named(spans, 'query TracedSearch');
    expect(execute?.attributes).toMatchObject({
      'graphql.operation.name': 'TracedSearch',
      'graphql.operation.type': 'query',
    });

    const queries = spans.filter((s) => s.attributes['db.system.name'] === 'neo4j');
    expect(queries.length).toBeGreaterThanOrEqual(2);
    for (const span of queries) {
      expect(span.kind).toBe(SpanKind.CLIENT);
      // A planned read is named by its root query (plan:read/list-actors).
      expect(span.name).toMatch(/^(plan:)?[a-z-]+\/[a-z-]+$/);
      expect(span.attributes['db.query.summary']).toBe(span.name);
      expect(span.duration[0] * 1e9 + span.duration[1]).toBeGreaterThan(0);
      expect(descends(span, execute as ReadableSpan, spans)).toBe(true);
      expect(span.spanContext().traceId).toBe(TRACE);
    }
    // The variable reached Neo4j, but no span holds it, nor the document.
    const everything = JSON.stringify(spans.map((s) => [s.name, s.attributes, s.events]));
    expect(everything).not.toContain(SECRET);
    expect(everything).not.toContain('TracedSearch($text');
  });

  it("marks a failed query with its code, never Neo4j's message", async () => {
    const error = await db.runText('RETURN datetime($x) AS t', { x: SECRET }).catch((e) => e);
    expect((error as Error).message).toContain(SECRET); // Neo4j quotes the value it refused
    const [failed] = exporter.getFinishedSpans().filter((s) => s.name === 'inline');
    expect(failed?.status.code).toBe(2); // ERROR
    expect(failed?.attributes['error.type']).toMatch(/^Neo\.ClientError\./);
    expect(JSON.stringify([failed?.attributes, failed?.events, failed?.status])).not.toContain(
      SECRET,
    );
  });

  it('stays off without OTEL_EXPORTER_OTLP_ENDPOINT, and on with it', async () => {
    expect(await startTracing({})).toBeUndefined();
    const on = await startTracing({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://127.0.0.1:9' });
    expect(on).toBeDefined();
    await on?.shutdown();
  });
});
