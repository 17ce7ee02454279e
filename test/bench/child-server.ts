/**
 * What every benchmarked server process shares: it reads the database settings from the
 * environment, serves its own counters on a second port (so the app under test is served as
 * is), tells the parent its ports on one stdout line, and stops on SIGTERM.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { DatabaseSettings } from '../../src/db/database.ts';

export interface ChildStats {
  /** Neo4j round trips since the process started. */
  roundTrips: number;
  rss: number;
  /** CPU time the process has used (user + system), ms. */
  cpuMs: number;
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
  const stats = createServer((_request, response) => {
    const cpu = process.cpuUsage();
    const body: ChildStats = {
      roundTrips: roundTrips(),
      rss: process.memoryUsage().rss,
      cpuMs: (cpu.user + cpu.system) / 1000,
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
