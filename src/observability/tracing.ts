import { trace } from '@opentelemetry/api';
import { VERSION } from '../version.ts';
import type { Tracing } from './tracing-sdk.ts';

/**
 * The tracer every span of ours comes from. Until `startTracing` registers a provider it is
 * OpenTelemetry's no-op: spans cost a function call and go nowhere.
 */
export const tracer = () => trace.getTracer('exposure-graph', VERSION);

export type { Tracing } from './tracing-sdk.ts';

/**
 * Traces on, with an OTLP/HTTP exporter, when OTEL_EXPORTER_OTLP_ENDPOINT (or its traces-only
 * variant) is set (tracing-sdk.ts, imported only then). Resolves to undefined when tracing stays
 * off.
 */
export async function startTracing(
  env: NodeJS.ProcessEnv = process.env,
): Promise<Tracing | undefined> {
  if (!env.OTEL_EXPORTER_OTLP_ENDPOINT && !env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT) return undefined;
  const { startOtlpTracing } = await import('./tracing-sdk.ts');
  return startOtlpTracing(env);
}
