/**
 * /metrics as Prometheus scrapes it, after real requests against the test Neo4j: per operation,
 * per error code, per Cypher file, the driver's pool, rate-limit refusals, memory and event loop.
 */
import { describe, expect, it } from 'vitest';
import { formatEntry, hashKey, parseApiKeys } from '../../src/auth/keys.ts';
import { loadConfig } from '../../src/config.ts';
import { registeredQueries } from '../../src/db/cypher.ts';
import { securityFromConfig } from '../../src/security/settings.ts';
import { createApp, DEFAULT_SECURITY } from '../../src/yoga.ts';
import { testDatabase } from '../helpers/database.ts';
import { post } from '../security/client.ts';

const db = testDatabase();
const KEY = 'a-scraper-key-for-metrics-tests';
const { keys } = parseApiKeys(formatEntry({ digest: hashKey(KEY), role: 'reader', name: 'prom' }));
const auth = { keys, readAccess: 'open' as const };
const limits = { ...DEFAULT_SECURITY.limits, rate: { requests: 4, windowSeconds: 60 } };
const app = createApp({ db, auth, security: { ...DEFAULT_SECURITY, limits } });

async function scrape(target = app, headers: Record<string, string> = {}) {
  const response = await target.fetch('http://localhost/metrics', { headers });
  return {
    status: response.status,
    type: response.headers.get('content-type'),
    text: await response.text(),
  };
}

/** The value of one series, e.g. `graphql_errors_total{code="X",operation="Y"}`; 0 when absent. */
function value(text: string, series: string): number {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line ? Number(line.slice(series.length + 1)) : 0;
}

/** Round trips per `query` label (READ, ok) added between two scrapes. */
function queryCounts(after: string, before: string): Map<string, number> {
  const counts = new Map<string, number>();
  const series =
    /^neo4j_query_duration_seconds_count\{query="([^"]+)",mode="READ",outcome="ok"\} /gm;
  for (const [line, name = ''] of after.matchAll(series)) {
    const added = value(after, line.trim()) - value(before, line.trim());
    if (added > 0) counts.set(name, added);
  }
  return counts;
}

describe('/metrics', () => {
  it('counts operations, their Neo4j queries by Cypher file, and errors by code', async () => {
    const before = (await scrape()).text;
    const query = 'query MetricsActors { actors(first: 2) { totalCount edges { node { id } } } }';
    expect((await post(app, { query })).status).toBe(200);
    await post(app, { query: 'query MetricsTypo { versio }' });
    const { status, type, text } = await scrape();
    expect(status).toBe(200);
    expect(type).toMatch(/^text\/plain; version=0\.0\.4/);

    const ok =
      'graphql_operation_duration_seconds_count{operation="MetricsActors",type="query",outcome="ok"}';
    expect(value(text, ok) - value(before, ok)).toBe(1);
    // Every round trip between the scrapes was the operation's, each named by its Cypher file (a
    // planned read by its root query's: plan:read/list-actors).
    const sent = queryCounts(text, before);
    const total = [...sent.values()].reduce((sum, n) => sum + n, 0);
    expect(total).toBeGreaterThan(0);
    expect(value(text, 'graphql_operation_neo4j_queries_sum{operation="MetricsActors"}')).toBe(
      total,
    );
    const files = new Set(registeredQueries().map((query) => query.name));
    for (const label of sent.keys()) expect(files).toContain(label.replace(/^plan:/, ''));
    expect(
      value(text, 'graphql_errors_total{code="GRAPHQL_VALIDATION_FAILED",operation="MetricsTypo"}'),
    ).toBe(1);
    expect(
      value(
        text,
        'http_request_duration_seconds_count{method="POST",route="/graphql",status="200"}',
      ),
    ).toBeGreaterThanOrEqual(2);
  });

  it("reports the driver's pool, Neo4j's availability, memory and event loop lag", async () => {
    await post(app, { query: '{ countries(first: 1) { totalCount } }' });
    const { text } = await scrape();
    // Read from the driver's internals: a driver release that moves them fails here.
    expect(value(text, 'neo4j_pool_connections{state="idle"}')).toBeGreaterThanOrEqual(1);
    expect(text).toMatch(/^neo4j_pool_connections\{state="in_use"\} \d+$/m);
    expect(text).toMatch(/^neo4j_pool_waiting \d+$/m);
    expect(text).toMatch(/^neo4j_heavy_queries\{state="running"\} \d+$/m);
    expect(text).toMatch(/^neo4j_heavy_queries\{state="waiting"\} \d+$/m);
    expect(value(text, 'neo4j_up')).toBe(1);
    expect(value(text, 'process_resident_memory_bytes')).toBeGreaterThan(10_000_000);
    expect(text).toMatch(/^nodejs_eventloop_lag_p99_seconds [\d.e-]+$/m);
  });

  it('counts rate-limit refusals', async () => {
    const before = value((await scrape()).text, 'graphql_rate_limited_total');
    const limited = createApp({ db, auth, security: { ...DEFAULT_SECURITY, limits } });
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++)
      statuses.push((await post(limited, { query: '{ version }' })).status);
    expect(statuses.filter((s) => s === 429)).toHaveLength(2);
    expect(value((await scrape()).text, 'graphql_rate_limited_total') - before).toBe(2);
  });

  it('is off in production unless METRICS says otherwise; METRICS=key needs an API key', async () => {
    const production = (env: Record<string, string>) =>
      createApp({
        db,
        auth,
        security: securityFromConfig(loadConfig({ NODE_ENV: 'production', ...env })),
      });
    const off = await scrape(production({}));
    expect(off.status).toBe(404);
    expect(JSON.parse(off.text).errors[0].extensions.code).toBe('NOT_FOUND');
    const keyed = production({ METRICS: 'key' });
    const refused = await scrape(keyed);
    expect(refused.status).toBe(401);
    expect(JSON.parse(refused.text).errors[0].extensions.code).toBe('UNAUTHENTICATED');
    expect((await scrape(keyed, { authorization: 'Bearer not-a-key' })).status).toBe(401);
    expect((await scrape(keyed, { authorization: `Bearer ${KEY}` })).status).toBe(200);
    expect((await scrape(production({ METRICS: 'on' }))).status).toBe(200);
    expect(() => loadConfig({ METRICS: 'yes' })).toThrow(/METRICS/);
  });
});
