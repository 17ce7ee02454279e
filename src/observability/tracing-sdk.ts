/**
 * OpenTelemetry's SDK and OTLP exporter: loaded only when traces are on (tracing.ts
 * `startTracing`): with traces off they would be resident memory for nothing (the server's
 * modules alone: 175–180 MB without them, 178–186 MB with them, three runs each, 2026-12-06).
 */
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { resourceFromAttributes } from '@opentelemetry/resources';
import {
  BatchSpanProcessor,
  SimpleSpanProcessor,
  type SpanExporter,
} from '@opentelemetry/sdk-trace-base';
import { NodeTracerProvider } from '@opentelemetry/sdk-trace-node';
import { ATTR_SERVICE_NAME, ATTR_SERVICE_VERSION } from '@opentelemetry/semantic-conventions';
import { VERSION } from '../version.ts';

/** Traces being sent (startTracing in tracing.ts). */
export interface Tracing {
  /** Sends what is still buffered and stops: before the process exits. */
  shutdown(): Promise<void>;
}

/**
 * Traces on, with an OTLP/HTTP exporter: it reads OTEL_EXPORTER_OTLP_ENDPOINT (or its
 * traces-only variant) and the other OTEL_EXPORTER_OTLP_* variables (headers, timeout) itself.
 * Spans are batched, so a request never waits on the collector.
 */
export function startOtlpTracing(env: NodeJS.ProcessEnv): Tracing {
  return traceTo(new OTLPTraceExporter(), { serviceName: env.OTEL_SERVICE_NAME });
}

/**
 * Registers a tracer provider that sends every span to `exporter`. `immediate` exports each span
 * as it ends (tests, with an in-memory exporter); otherwise in batches.
 */
export function traceTo(
  exporter: SpanExporter,
  { serviceName, immediate = false }: { serviceName?: string | undefined; immediate?: boolean },
): Tracing {
  const provider = new NodeTracerProvider({
    resource: resourceFromAttributes({
      [ATTR_SERVICE_NAME]: serviceName || 'exposure-graph',
      [ATTR_SERVICE_VERSION]: VERSION,
    }),
    spanProcessors: [
      immediate ? new SimpleSpanProcessor(exporter) : new BatchSpanProcessor(exporter),
    ],
  });
  // Also installs AsyncLocalStorage context and the W3C traceparent propagator.
  provider.register();
  return { shutdown: () => provider.shutdown() };
}
