/**
 * The load driver's percentiles include the answers still in flight when the run stops: they are
 * the slow ones, and a p99 without them hides the tail. A local HTTP server answers at once,
 * except every fourth answer, which takes longer than the run: without the cut-off answers the
 * p99 would be a fast answer's.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { drive } from './drive.ts';
import { type Flow, rotate } from './flows.ts';

const SLOW_MS = 3000;
const server = createServer((request, response) => {
  let body = '';
  request.on('data', (chunk) => {
    body += chunk;
  });
  request.on('end', () => {
    const wait = (JSON.parse(body) as { slow: boolean }).slow ? SLOW_MS : 0;
    setTimeout(() => response.end('{"data":{}}'), wait);
  });
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
afterAll(() => {
  server.closeAllConnections();
  server.close();
});

const flow: Flow = {
  name: 'node',
  steps: [{ path: '/', body: (vars) => JSON.stringify(vars) }],
  next: rotate([{ slow: false }, { slow: false }, { slow: false }, { slow: true }]),
};

describe('the load driver', () => {
  it('counts the answers cut off by the end of the run in the percentiles, at their time so far', async () => {
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const result = await drive(url, [flow], { connections: 4, seconds: 1 });
    // Each connection ends up waiting on a slow answer: none finishes within the second.
    expect(result.cutOff).toBe(4);
    expect(result.slowestCutOff).toBeGreaterThan(500);
    expect(result.p99).toBeGreaterThan(500);
    expect(result.p50).toBeLessThan(100);
    // Throughput counts finished answers only: the fast ones.
    expect(result.answers).toBeGreaterThan(0);
    expect(result.answersPerSecond).toBeLessThanOrEqual(result.answers);
    expect(result.answersPerSecond).toBeGreaterThan(result.answers / 1.5);
  });

  it('counts nothing as cut off in a run of a number of answers, even one ending inside a flow', async () => {
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const step = { path: '/', body: () => JSON.stringify({ slow: false }) };
    // Two steps per answer: three answers on two connections end with one answer half sent.
    const twoSteps: Flow = { name: 'exposure', steps: [step, step], next: () => ({}) };
    const result = await drive(url, [twoSteps], { connections: 2, seconds: 1, answers: 3 });
    expect(result.cutOff).toBe(0);
    expect(result.answers).toBeGreaterThan(0);
    expect(result.p99).toBeLessThan(500);
  });
});
