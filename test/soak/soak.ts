/**
 * The soak: the real server as a child process over the seeded data, autocannon's connections
 * against it on loopback for a fixed time, and the server's memory sampled every few seconds.
 */
import path from 'node:path';
import autocannon from 'autocannon';
import type { DatabaseSettings } from '../../src/db/database.ts';
import { startServer } from '../faults/server-process.ts';
import { type Operation, workload } from './workload.ts';

export interface MemorySample {
  /** Seconds since the load began. */
  at: number;
  /** Taken once the load was over: shown, but not part of the trend. */
  afterLoad?: boolean;
  rss: number;
  heapUsed: number;
  heapTotal: number;
  external: number;
}

export interface SoakResult {
  connections: number;
  seconds: number;
  warmUpSeconds: number;
  operations: string[];
  requests: number;
  perSecond: number;
  latency: { p50: number; p97_5: number; p99: number; max: number };
  /** Connection errors, timeouts, non-2xx answers, and 200s that carry GraphQL errors. */
  errors: { connection: number; timeouts: number; non2xx: number; graphql: number };
  memory: MemorySample[];
  exitCode: number | null;
}

export interface SoakOptions {
  connections: number;
  seconds: number;
  warmUpSeconds: number;
  sampleEverySeconds: number;
}

const PROBE = path.resolve('test/soak/memory-probe.ts');

export async function soak(neo4j: DatabaseSettings, options: SoakOptions): Promise<SoakResult> {
  const server = await startServer(neo4j, {
    command: [process.execPath, '--import', 'tsx', '--expose-gc', '--import', PROBE, 'src/main.ts'],
    // The rate limit is for clients on the open network; this is one client on loopback.
    env: { LOG_LEVEL: 'warn', RATE_LIMIT: '0' },
    ipc: true,
  });
  try {
    const operations = await workload(server.url);
    const started = Date.now();
    const memory: MemorySample[] = [];
    let sampling = Promise.resolve();
    const sample = (afterLoad = false) => {
      sampling = sampling.then(async () => {
        const usage = await askMemory(server.child);
        memory.push({
          at: (Date.now() - started) / 1000,
          ...usage,
          ...(afterLoad && { afterLoad }),
        });
      });
      return sampling;
    };
    await sample();
    const sampler = setInterval(() => sample(), options.sampleEverySeconds * 1000);
    const result = await load(server.url, operations, options);
    clearInterval(sampler);
    await sample(true); // after any sample still on its way
    return {
      connections: options.connections,
      seconds: result.duration,
      warmUpSeconds: options.warmUpSeconds,
      operations: operations.map((operation) => operation.name),
      requests: result.requests.total,
      perSecond: result.requests.average,
      latency: {
        p50: result.latency.p50,
        p97_5: result.latency.p97_5,
        p99: result.latency.p99,
        max: result.latency.max,
      },
      errors: {
        connection: result.errors,
        timeouts: result.timeouts,
        non2xx: result.non2xx,
        graphql: result.mismatches,
      },
      memory,
      exitCode: await server.stop(),
    };
  } finally {
    await server.stop(2000);
  }
}

function load(url: string, operations: Operation[], options: SoakOptions) {
  return autocannon({
    url: `${url}/graphql`,
    connections: options.connections,
    duration: options.seconds,
    // Each connection cycles through the operations.
    requests: operations.map(({ body }) => ({
      method: 'POST' as const,
      headers: { 'content-type': 'application/json' },
      body,
    })),
    // A 200 that carries GraphQL errors is an error too (counted as a mismatch).
    verifyBody: (body) => !String(body).includes('"errors"'),
    timeout: 10,
  });
}

function askMemory(child: import('node:child_process').ChildProcess) {
  return new Promise<Omit<MemorySample, 'at'>>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the server did not report its memory')), 5000);
    child.once('message', (usage) => {
      clearTimeout(timer);
      resolve(usage as Omit<MemorySample, 'at'>);
    });
    child.send('memory');
  });
}
