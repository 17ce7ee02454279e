import { type Span, SpanKind, SpanStatusCode } from '@opentelemetry/api';
import {
  ATTR_DB_NAMESPACE,
  ATTR_DB_QUERY_SUMMARY,
  ATTR_DB_SYSTEM_NAME,
  ATTR_ERROR_TYPE,
} from '@opentelemetry/semantic-conventions';
import { currentScope } from '../request-scope.ts';
import { neo4jQueries } from './metrics.ts';
import { tracer } from './tracing.ts';

export interface QueryLabel {
  /** The Cypher file (`read/find-nodes` for cypher/read/find-nodes.cypher), or what ran instead. */
  name: string;
  mode: 'READ' | 'WRITE';
  /** The Neo4j database (`neo4j`). */
  database: string;
}

/**
 * One Neo4j round trip, seen from outside: a client span named after its Cypher file, its time
 * in the neo4j_query_duration_seconds histogram, and one more query on the request's count.
 * Neither the span nor the metric carries the query's text or a parameter value; a failure is
 * marked with the error's code alone, since Neo4j's messages may quote the values (a constraint
 * violation names the duplicate).
 */
export function observeQuery<T>(query: QueryLabel, run: () => Promise<T>): Promise<T> {
  return inSpan(query.name, query, async () => {
    const scope = currentScope();
    const started = performance.now();
    let outcome = 'error';
    try {
      const result = await run();
      outcome = 'ok';
      return result;
    } finally {
      const ms = performance.now() - started;
      neo4jQueries.observe({ query: query.name, mode: query.mode, outcome }, ms / 1000);
      if (scope) {
        scope.neo4j.queries += 1;
        scope.neo4j.ms += ms;
      }
    }
  });
}

/** A span around a whole transaction: its queries are its children. */
export function observeTransaction<T>(query: Omit<QueryLabel, 'name'>, run: () => Promise<T>) {
  return inSpan(`transaction ${query.mode}`, query, run);
}

function inSpan<T>(
  name: string,
  { mode, database }: Omit<QueryLabel, 'name'>,
  run: () => Promise<T>,
): Promise<T> {
  const attributes = {
    [ATTR_DB_SYSTEM_NAME]: 'neo4j',
    [ATTR_DB_NAMESPACE]: database,
    [ATTR_DB_QUERY_SUMMARY]: name,
    'neo4j.access_mode': mode,
  };
  return tracer().startActiveSpan(name, { kind: SpanKind.CLIENT, attributes }, async (span) => {
    try {
      return await run();
    } catch (error) {
      markFailed(span, error);
      throw error;
    } finally {
      span.end();
    }
  });
}

function markFailed(span: Span, error: unknown): void {
  const code = (error as { code?: unknown }).code;
  span.setAttribute(ATTR_ERROR_TYPE, typeof code === 'string' ? code : (error as Error).name);
  span.setStatus({ code: SpanStatusCode.ERROR });
}
