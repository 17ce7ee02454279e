import { createServer, type Server, type ServerResponse } from 'node:http';
import { answerClientErrors } from './http/client-errors.ts';
import type { Logger } from './logger.ts';
import type { createApp } from './yoga.ts';

/** Serves the Yoga app on host:port and resolves once listening. */
export async function listen(
  app: ReturnType<typeof createApp>,
  host: string,
  port: number,
): Promise<Server> {
  const server = createServer(app);
  answerClientErrors(server);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  return server;
}

/**
 * Returns `drain`: stop accepting connections at once, let the requests already begun finish
 * (up to `ms`), cut what is left, resolve once the server is closed. Kept-alive connections would
 * hold it up to their 5 s keep-alive timeout: responses during the drain say `Connection: close`,
 * and connections are closed as soon as they fall idle.
 */
export function drainer(server: Server, logger: Logger): (ms: number) => Promise<void> {
  const inFlight = new Set<ServerResponse>();
  let draining = false;
  server.on('request', (_request, response) => {
    if (draining) response.setHeader('connection', 'close');
    inFlight.add(response);
    response.once('close', () => inFlight.delete(response));
  });
  return async (ms) => {
    draining = true;
    logger.info({ inFlight: inFlight.size }, 'shutting down: draining requests');
    for (const response of inFlight) {
      if (!response.headersSent) response.setHeader('connection', 'close');
    }
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    const idle = setInterval(() => server.closeIdleConnections(), 100);
    const force = setTimeout(() => {
      logger.warn({ inFlight: inFlight.size }, `requests still running after ${ms} ms: cut`);
      server.closeAllConnections();
    }, ms);
    await closed;
    clearInterval(idle);
    clearTimeout(force);
  };
}
