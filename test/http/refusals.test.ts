/**
 * Refusals that used to come without a body (415, 406, 404 from Yoga; 431 from Node's HTTP
 * parser): each answers JSON with a message and a code, like every other error of the API.
 */
import type { Server } from 'node:http';
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listen } from '../../src/server.ts';
import { createApp } from '../../src/yoga.ts';
import { testDatabase } from '../helpers/database.ts';

const app = createApp({ db: testDatabase() });

async function refusal(path: string, init: RequestInit) {
  const response = await app.fetch(`http://localhost${path}`, init);
  const body = await response.json();
  const code = body.errors?.[0]?.extensions?.code;
  return { status: response.status, headers: response.headers, code };
}

describe('refusals with a JSON body and a code', () => {
  it('415 UNSUPPORTED_MEDIA_TYPE for a body that is not JSON', async () => {
    const answer = await refusal('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'text/xml' },
      body: '<query/>',
    });
    expect(answer).toMatchObject({ status: 415, code: 'UNSUPPORTED_MEDIA_TYPE' });
    expect(answer.headers.get('content-type')).toMatch(/^application\/json/);
  });

  it('406 NOT_ACCEPTABLE when the client accepts nothing the API answers, naming what it does', async () => {
    const answer = await refusal('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'text/xml' },
      body: JSON.stringify({ query: '{ version }' }),
    });
    expect(answer).toMatchObject({ status: 406, code: 'NOT_ACCEPTABLE' });
    expect(answer.headers.get('accept')).toContain('application/json');
  });

  it('404 NOT_FOUND elsewhere', async () => {
    expect(await refusal('/nothing-here', {})).toMatchObject({ status: 404, code: 'NOT_FOUND' });
  });
});

describe('refusals from the HTTP layer itself', () => {
  let server: Server;
  let port = 0;
  beforeAll(async () => {
    server = await listen(app, '127.0.0.1', 0);
    port = (server.address() as net.AddressInfo).port;
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  /** Sends `head` as it is and returns the whole answer, head and body. */
  function raw(head: string): Promise<{ head: string; body: string }> {
    return new Promise((resolve, reject) => {
      const socket = net.connect(port, '127.0.0.1', () => socket.write(head));
      let answer = '';
      socket.on('data', (chunk) => {
        answer += chunk;
      });
      socket.on('end', () => {
        const [top = '', body = ''] = answer.split('\r\n\r\n');
        resolve({ head: top, body });
      });
      socket.on('error', reject);
    });
  }

  it('answers headers over 16 KiB with 431 REQUEST_HEADER_FIELDS_TOO_LARGE and JSON', async () => {
    const big = `GET /health HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`;
    const { head, body } = await raw(big);
    expect(head).toMatch(/^HTTP\/1\.1 431 /);
    expect(head).toMatch(/content-type: application\/json/i);
    expect(JSON.parse(body).errors[0].extensions.code).toBe('REQUEST_HEADER_FIELDS_TOO_LARGE');
  });

  it('answers a request that is not HTTP with 400 BAD_REQUEST and JSON', async () => {
    const { head, body } = await raw('NOT HTTP AT ALL\r\n\r\n');
    expect(head).toMatch(/^HTTP\/1\.1 400 /);
    expect(JSON.parse(body).errors[0].extensions.code).toBe('BAD_REQUEST');
  });
});
