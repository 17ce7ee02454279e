/**
 * A bounded load for the fault test: GraphQL readers and a /ready poller over HTTP against the
 * server at `url`, and a writer of small files through the write path (in this process). Every request is recorded with its times and
 * outcome; the writer records which files were acknowledged (writeFiles resolved) and which failed.
 */
import { monitorEventLoopDelay } from 'node:perf_hooks';
import type { Database } from '../../src/db/database.ts';
import { writeFiles } from '../../src/load/write.ts';
import { probeFile } from './probe-writes.ts';

export interface Sample {
  what: 'graphql' | 'ready';
  start: number;
  end: number;
  status: number;
  ok: boolean;
  code?: string;
  message?: string;
}

export interface Writes {
  acknowledged: string[];
  failed: string[];
}

const QUERIES = [
  '{ actors(first: 5) { totalCount edges { node { id name } } } }',
  '{ countries(first: 3) { edges { node { name } } } }',
];

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function startLoad(
  url: string,
  db: Database,
  options: { readers: number; run: string; writeNodes: number },
) {
  const samples: Sample[] = [];
  const writes: Writes = { acknowledged: [], failed: [] };
  let running = true;
  // The clients and the writer share this event loop: a blocked loop delays what they measure.
  const loopDelay = monitorEventLoopDelay({ resolution: 10 });
  loopDelay.enable();

  const read = async (query: string): Promise<Sample> => {
    const start = Date.now();
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
      body: JSON.stringify({ query }),
    }).catch((error: Error) => error);
    // The server itself not answering is a failure of its own, recorded, not a crash of the test.
    if (response instanceof Error) {
      const message = String((response.cause as Error | undefined)?.message ?? response.message);
      return { what: 'graphql', start, end: Date.now(), status: 0, ok: false, message };
    }
    const body = (await response.json()) as {
      errors?: { message: string; extensions?: { code?: string } }[];
    };
    const [error] = body.errors ?? [];
    const ok = response.status === 200 && !error;
    const sample: Sample = { what: 'graphql', start, end: Date.now(), status: response.status, ok };
    return error ? { ...sample, code: error.extensions?.code, message: error.message } : sample;
  };

  const reader = async (n: number) => {
    for (let i = n; running; i++) {
      const sample = await read(QUERIES[i % QUERIES.length] ?? '');
      samples.push(sample);
      if (!sample.ok) await pause(20); // a client backs off a little, as Retry-After asks
    }
  };

  const readiness = async () => {
    while (running) {
      const start = Date.now();
      const response = await fetch(`${url}/ready`).catch(() => undefined);
      await response?.arrayBuffer();
      const status = response?.status ?? 0;
      samples.push({ what: 'ready', start, end: Date.now(), status, ok: status === 200 });
      await pause(100);
    }
  };

  const writer = async () => {
    for (let i = 0; running; i++) {
      const name = `${options.run}-small-${i}`;
      try {
        await writeFiles(db, [probeFile(name, options.writeNodes)], { by: 'fault-test' });
        writes.acknowledged.push(name);
      } catch {
        writes.failed.push(name);
        await pause(100);
      }
    }
  };

  const clients = [
    ...Array.from({ length: options.readers }, (_, n) => reader(n)),
    readiness(),
    writer(),
  ];
  return {
    samples,
    writes,
    /** The event loop's worst delay so far and its 99th percentile, in ms. */
    loopDelay: () => ({ max: loopDelay.max / 1e6, p99: loopDelay.percentile(99) / 1e6 }),
    async stop(): Promise<void> {
      running = false;
      await Promise.all(clients);
      loopDelay.disable();
    },
  };
}
