/**
 * The request body limit over a real socket (security/body-size.ts): a body that declares its
 * length is judged by the header alone, before any of it is read; a chunked body, which declares
 * none, is counted as it streams. Both refusals are 413 REQUEST_ENTITY_TOO_LARGE.
 */
import type { Server } from 'node:http';
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listen } from '../../src/server.ts';
import { createApp, DEFAULT_SECURITY } from '../../src/yoga.ts';
import { testDatabase } from '../helpers/database.ts';

const LIMIT = DEFAULT_SECURITY.limits.bodyBytes;
const app = createApp({ db: testDatabase() });
let server: Server;
let port = 0;

beforeAll(async () => {
  server = await listen(app, '127.0.0.1', 0);
  port = (server.address() as net.AddressInfo).port;
});
afterAll(() => {
  server.closeAllConnections();
  return new Promise((resolve) => server.close(resolve));
});

/** Sends `request` as it is; the answer's status and its body's first error code, if any. */
function send(request: string): Promise<{ status: number; code: string | undefined }> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1', () => socket.write(request));
    let answer = '';
    socket.on('data', (chunk) => {
      answer += chunk;
      // One answer is enough: the server may keep reading a body it was never sent.
      const [head = '', body] = answer.split('\r\n\r\n');
      const length = Number(/content-length: (\d+)/i.exec(head)?.[1] ?? Number.NaN);
      if (body !== undefined && Buffer.byteLength(body) >= length) {
        socket.destroy();
        const status = Number(head.split(' ')[1]);
        resolve({ status, code: JSON.parse(body).errors?.[0]?.extensions?.code });
      }
    });
    socket.on('error', reject);
    // No answer (the server waiting for a body it was not sent) fails the test, not the run.
    socket.setTimeout(5_000, () => {
      socket.destroy();
      reject(new Error(`no answer within 5 s; got: ${answer.slice(0, 200)}`));
    });
  });
}

const head = (extra: string) =>
  `POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n${extra}\r\n`;
const chunked = (body: string, size = 10_000) => {
  const chunks: string[] = [];
  for (let at = 0; at < body.length; at += size) {
    const chunk = body.slice(at, at + size);
    chunks.push(`${Buffer.byteLength(chunk).toString(16)}\r\n${chunk}\r\n`);
  }
  return `${head('Transfer-Encoding: chunked\r\n')}${chunks.join('')}0\r\n\r\n`;
};
const query = (padding: number) =>
  JSON.stringify({ query: `{ version } # ${'x'.repeat(padding)}` });

describe('the request body limit, over HTTP', () => {
  it('refuses a declared length over the limit before the body is sent', async () => {
    // Only the head goes out: the answer cannot have waited for the body.
    expect(await send(head(`Content-Length: ${LIMIT + 1}\r\n`))).toEqual({
      status: 413,
      code: 'REQUEST_ENTITY_TOO_LARGE',
    });
  });

  it('answers a body of a declared length within the limit', async () => {
    const body = query(LIMIT - 100);
    expect(Buffer.byteLength(body)).toBeLessThanOrEqual(LIMIT);
    const answer = await send(`${head(`Content-Length: ${Buffer.byteLength(body)}\r\n`)}${body}`);
    expect(answer).toEqual({ status: 200, code: undefined });
  });

  it('counts a chunked body as it streams: over the limit refused, within it answered', async () => {
    expect(await send(chunked(query(LIMIT + 10)))).toEqual({
      status: 413,
      code: 'REQUEST_ENTITY_TOO_LARGE',
    });
    expect(await send(chunked(query(LIMIT - 100)))).toEqual({ status: 200, code: undefined });
  });
});
