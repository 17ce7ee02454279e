import type { Driver } from 'neo4j-driver';
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import { poolStats } from '../db/driver.ts';

/**
 * The process's Prometheus metrics, with prom-client. Yoga's Prometheus plugin was the other
 * candidate: it labels by raw operation name and URL (any client could grow the series without
 * bound), knows nothing of Neo4j, and counts errors by phase, not by `extensions.code`. Every
 * label here has a bounded set of values: operation names are capped (operationLabel), queries
 * are Cypher file names, codes are ours.
 */
export const registry = new Registry();

const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

export const httpRequests = new Histogram({
  name: 'http_request_duration_seconds',
  help: 'HTTP requests by route and status, refusals before GraphQL included (429, 413, 415).',
  labelNames: ['method', 'route', 'status'],
  buckets: LATENCY_BUCKETS,
  registers: [registry],
});

export const operations = new Histogram({
  name: 'graphql_operation_duration_seconds',
  help: 'GraphQL operations by name and type; outcome "error" when the answer carries errors.',
  labelNames: ['operation', 'type', 'outcome'],
  buckets: LATENCY_BUCKETS,
  registers: [registry],
});

export const errors = new Counter({
  name: 'graphql_errors_total',
  help: 'Errors answered, by extensions.code and operation.',
  labelNames: ['code', 'operation'],
  registers: [registry],
});

export const queriesPerOperation = new Histogram({
  name: 'graphql_operation_neo4j_queries',
  help: 'Neo4j round trips per GraphQL operation.',
  labelNames: ['operation'],
  buckets: [0, 1, 2, 3, 4, 6, 8, 12, 20, 50],
  registers: [registry],
});

export const neo4jQueries = new Histogram({
  name: 'neo4j_query_duration_seconds',
  help: 'Neo4j round trips by Cypher file (cypher/<name>.cypher), access mode and outcome.',
  labelNames: ['query', 'mode', 'outcome'],
  buckets: LATENCY_BUCKETS,
  registers: [registry],
});

export const rateLimited = new Counter({
  name: 'graphql_rate_limited_total',
  help: 'Requests refused by the rate limit (429 RATE_LIMITED).',
  registers: [registry],
});

/**
 * What the gauges read of the app's Database (one per process): its driver's pool and whether
 * Neo4j answers. Structural, so that db/ (which reports its queries here) is not imported back.
 */
export interface Reported {
  driver: Driver;
  availability: { available: boolean };
  heavyLine: { running: number; waiting: number } | null;
}

let reported: Reported | undefined;

new Gauge({
  name: 'neo4j_pool_connections',
  help: "Connections of the driver's pool: in_use (lent to a session) or idle.",
  labelNames: ['state'],
  registers: [registry],
  collect() {
    const stats = reported && poolStats(reported.driver);
    this.set({ state: 'in_use' }, stats?.inUse ?? 0);
    this.set({ state: 'idle' }, stats?.idle ?? 0);
  },
});

new Gauge({
  name: 'neo4j_pool_waiting',
  help: 'Sessions waiting for a connection because the pool is at its maximum size.',
  registers: [registry],
  collect() {
    this.set((reported && poolStats(reported.driver)?.waiting) ?? 0);
  },
});

new Gauge({
  name: 'neo4j_heavy_queries',
  help: 'Heavy statements (exposure walks and rankings) running in Neo4j or waiting in line for their turn (HEAVY_QUERY_CONCURRENCY).',
  labelNames: ['state'],
  registers: [registry],
  collect() {
    const line = reported?.heavyLine;
    this.set({ state: 'running' }, line?.running ?? 0);
    this.set({ state: 'waiting' }, line?.waiting ?? 0);
  },
});

new Gauge({
  name: 'neo4j_up',
  help: '1 while Neo4j answers, 0 while requests fail with DATABASE_UNAVAILABLE.',
  registers: [registry],
  collect() {
    this.set(reported?.availability.available === false ? 0 : 1);
  },
});

let defaults = false;

/**
 * Reports `db`'s pool and availability, and starts the runtime metrics (memory, CPU, event loop
 * lag, GC) once per process: they sample the event loop continuously, so only when served.
 */
export function reportOn(db: Reported): void {
  reported = db;
  if (defaults) return;
  defaults = true;
  collectDefaultMetrics({ register: registry });
}

/** Operation names as label values: the first MAX_NAMES distinct ones, then "other". */
const MAX_NAMES = 200;
const seen = new Set<string>();

export function operationLabel(name: string | undefined): string {
  if (!name) return 'anonymous';
  if (seen.has(name)) return name;
  if (seen.size >= MAX_NAMES) return 'other';
  seen.add(name);
  return name;
}
