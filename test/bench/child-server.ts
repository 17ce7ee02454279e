/**
 * What every benchmarked server process shares: it reads the database settings from the
 * environment, serves its own counters on a second port (so the app under test is served as
 * is), tells the parent its ports on one stdout line, and stops on SIGTERM.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { monitorEventLoopDelay, PerformanceObserver } from 'node:perf_hooks';
import type { DatabaseSettings } from '../../src/db/database.ts';

export interface ChildStats {
  /** Neo4j round trips since the process started. */
  roundTrips: number;
  rss: number;
  /** CPU time the process has used (user + system), ms. */
  cpuMs: number;
  /** Pauses since the previous read of the stats (each read starts a new period), ms: the
   * longest the event loop was blocked, the garbage collector's total and longest pause. A tail
   * that the median does not show is either here (the server stalled) or elsewhere. */
  pauses: { loopMaxMs: number; gcMs: number; gcMaxMs: number };
}

/** The event loop's delay, sampled every 10 ms, and every garbage collection's pause. */
function watchPauses(): () => ChildStats['pauses'] {
  const loop = monitorEventLoopDelay({ resolution: 10 });
  loop.enable();
  let gcMs = 0;
  let gcMaxMs = 0;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      gcMs += entry.duration;
      gcMaxMs = Math.max(gcMaxMs, entry.duration);
    }
  }).observe({ entryTypes: ['gc'] });
  return () => {
    const pauses = { loopMaxMs: loop.max / 1e6, gcMs, gcMaxMs };
    loop.reset();
    gcMs = 0;
    gcMaxMs = 0;
    return pauses;
  };
}

export const HOST = '127.0.0.1';

export function databaseSettings(): DatabaseSettings {
  const text = process.env.BENCH_DATABASE;
  if (!text) throw new Error('BENCH_DATABASE (JSON database settings) is not set');
  return JSON.parse(text) as DatabaseSettings;
}

export const portOf = (server: Server) => (server.address() as AddressInfo).port;

/** Serves `GET /` with the counters, announces both ports, and closes everything on SIGTERM. */
export async function announce(
  app: Server,
  roundTrips: () => number,
  close: () => Promise<void>,
): Promise<void> {
  const pauses = watchPauses();
  const stats = createServer((_request, response) => {
    const cpu = process.cpuUsage();
    const body: ChildStats = {
      roundTrips: roundTrips(),
      rss: process.memoryUsage().rss,
      cpuMs: (cpu.user + cpu.system) / 1000,
      pauses: pauses(),
    };
    response.setHeader('content-type', 'application/json');
    response.end(JSON.stringify(body));
  });
  await new Promise<void>((resolve) => stats.listen(0, HOST, resolve));
  process.stdout.write(`${JSON.stringify({ port: portOf(app), statsPort: portOf(stats) })}\n`);
  process.once('SIGTERM', () => {
    app.closeAllConnections();
    app.close();
    stats.close();
    close().finally(() => process.exit(0));
  });
}

/** Reads a whole request body. */
export async function readBody(request: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
