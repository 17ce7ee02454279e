import { createServer, type Server } from 'node:http';
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

/**
 * Graceful shutdown on SIGINT/SIGTERM: stop accepting, let in-flight requests finish (up to
 * `drainMs`), then run `cleanup` (close the driver, stop the child Neo4j) and exit.
 */
export function shutdownOnSignals(
  server: Server,
  logger: Logger,
  cleanup: () => Promise<void>,
  drainMs = 10_000,
): void {
  let stopping = false;
  const stop = async (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down: draining requests');
    const force = setTimeout(() => server.closeAllConnections(), drainMs);
    await new Promise<void>((resolve) => server.close(() => resolve()));
    server.closeIdleConnections();
    clearTimeout(force);
    try {
      await cleanup();
    } finally {
      logger.info('stopped');
      process.exit(0);
    }
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
