/**
 * SIGTERM, as `docker stop` sends it, while requests are in flight: the real server (a child
 * process on the test Neo4j) stops accepting connections at once, answers every request it has
 * begun, then exits 0.
 */
import http from 'node:http';
import net from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { testNeo4j } from '../helpers/database.ts';
import { type ServerProcess, startServer } from './server-process.ts';

const QUERY = '{ actors(first: 3) { totalCount edges { node { id name } } } }';

let server: ServerProcess | undefined;
afterAll(async () => {
  await server?.stop(1000);
});

describe('SIGTERM', () => {
  it('drains in-flight requests, refuses new connections, then exits 0', async () => {
    server = await startServer(testNeo4j());
    // Requests whose bodies arrive over 1.5 s: begun before the signal, finished after it.
    const slow = [0, 1, 2].map(() => trickle(`${server?.url}/graphql`, QUERY, 1500));
    await Promise.all(slow.map((request) => request.begun));

    const signalledAt = Date.now();
    server.signal('SIGTERM');
    const refusedAfter = (await refusedWithin(server.url, 3000)) - signalledAt;

    const answers = await Promise.all(slow.map((request) => request.answer));
    const answeredAt = Date.now();
    for (const answer of answers) {
      expect(answer.status).toBe(200);
      expect(answer.body.errors, JSON.stringify(answer.body)).toBeUndefined();
      expect(answer.body.data?.actors.totalCount, JSON.stringify(answer.body)).toEqual(
        expect.any(Number),
      );
    }
    expect(answeredAt - signalledAt).toBeGreaterThan(1000); // they really were in flight
    expect(await server.exited).toBe(0);
    const exitedAfterLast = Date.now() - answeredAt;
    expect(exitedAfterLast).toBeLessThan(3000); // not held open by idle keep-alive connections
    expect(server.output()).toMatch(/"inFlight":3,"msg":"shutting down: draining requests"/);
    expect(server.output()).toMatch(/"msg":"stopped"/);
    console.log(
      `[shutdown] refused new connections ${refusedAfter} ms after SIGTERM; 3 in-flight requests answered 200; exit 0 ${exitedAfterLast} ms after the last answer`,
    );
  });
});

interface Answer {
  status: number;
  body: { data?: { actors: { totalCount: number } }; errors?: unknown[] };
}

/** A POST whose body trickles in over `ms`: `begun` once the server has the headers. */
function trickle(url: string, query: string, ms: number) {
  const body = Buffer.from(JSON.stringify({ query }));
  const request = http.request(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'content-length': body.length,
      accept: 'application/graphql-response+json',
    },
  });
  const answer = new Promise<Answer>((resolve, reject) => {
    request.on('error', reject);
    request.on('response', (response) => {
      let text = '';
      response.on('data', (chunk) => {
        text += chunk;
      });
      response.on('end', () =>
        resolve({ status: response.statusCode ?? 0, body: JSON.parse(text) }),
      );
    });
  });
  const half = Math.floor(body.length / 2);
  request.write(body.subarray(0, half));
  const begun = new Promise<void>((resolve) => setTimeout(resolve, 300));
  setTimeout(() => request.end(body.subarray(half)), ms);
  return { begun, answer };
}

/** Resolves with the time a TCP connect to the server is first refused. */
async function refusedWithin(url: string, ms: number): Promise<number> {
  const { hostname, port } = new URL(url);
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    const refused = await new Promise<boolean>((resolve) => {
      const socket = net.connect(Number(port), hostname);
      socket.once('connect', () => {
        socket.destroy();
        resolve(false);
      });
      socket.once('error', (error: NodeJS.ErrnoException) =>
        resolve(error.code === 'ECONNREFUSED'),
      );
    });
    if (refused) return Date.now();
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`new connections were still accepted ${ms} ms after SIGTERM`);
}
