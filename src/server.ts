import { createServer, type Server, type ServerResponse } from 'node:http';
import type { Logger } from './logger.ts';
import type { createApp } from './yoga.ts';

/** Serves the Yoga app on host:port and resolves once listening. */
export async function listen(
  app: ReturnType<typeof createApp>,
  host: string,
  port: number,
): Promise<Server> {
  const server = createServer(app);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  return server;
}

/** Docker and Compose wait 10 s after SIGTERM before SIGKILL: drain in less, then clean up. */
const DRAIN_MS = 8000;

/**
 * Graceful shutdown on SIGINT/SIGTERM: stop accepting connections at once, let in-flight requests
 * finish (up to `drainMs`), then run `cleanup` (close the driver, stop the child Neo4j) and exit.
 * Kept-alive connections would hold the process up to their 5 s keep-alive timeout: responses
 * during the drain say `Connection: close`, and connections closed as soon as they fall idle.
 */
export function shutdownOnSignals(
  server: Server,
  logger: Logger,
  cleanup: () => Promise<void>,
  drainMs = DRAIN_MS,
): void {
  const inFlight = new Set<ServerResponse>();
  let stopping = false;
  server.on('request', (_request, response) => {
    if (stopping) response.setHeader('connection', 'close');
    inFlight.add(response);
    response.once('close', () => inFlight.delete(response));
  });
  const stop = async (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal, inFlight: inFlight.size }, 'shutting down: draining requests');
    for (const response of inFlight) {
      if (!response.headersSent) response.setHeader('connection', 'close');
    }
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    const idle = setInterval(() => server.closeIdleConnections(), 100);
    const force = setTimeout(() => {
      logger.warn({ inFlight: inFlight.size }, `requests still running after ${drainMs} ms: cut`);
      server.closeAllConnections();
    }, drainMs);
    await closed;
    clearInterval(idle);
    clearTimeout(force);
    let code = 0;
    try {
      await cleanup();
    } catch (error) {
      logger.error({ err: error }, 'cleanup failed');
      code = 1;
    }
    logger.info('stopped');
    process.exit(code);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
