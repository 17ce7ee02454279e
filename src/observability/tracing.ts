import { trace } from '@opentelemetry/api';
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

/**
 * The tracer every span of ours comes from. Until `startTracing` registers a provider it is
 * OpenTelemetry's no-op: spans cost a function call and go nowhere.
 */
export const tracer = () => trace.getTracer('exposure-graph', VERSION);

export interface Tracing {
  /** Sends what is still buffered and stops: before the process exits. */
  shutdown(): Promise<void>;
}

/**
 * Traces on, with an OTLP/HTTP exporter, when OTEL_EXPORTER_OTLP_ENDPOINT (or its traces-only
 * variant) is set: the exporter reads that and the other OTEL_EXPORTER_OTLP_* variables
 * (headers, timeout) itself. Spans are batched, so a request never waits on the collector.
 * Returns undefined when tracing stays off.
 */
export function startTracing(env: NodeJS.ProcessEnv = process.env): Tracing | undefined {
  if (!env.OTEL_EXPORTER_OTLP_ENDPOINT && !env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT) return undefined;
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
