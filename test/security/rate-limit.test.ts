import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { formatEntry, hashKey, parseApiKeys } from '../../src/auth/keys.ts';
import { clientOf } from '../../src/security/rate-limit.ts';
import { createApp, DEFAULT_SECURITY } from '../../src/yoga.ts';
import { testDatabase } from '../helpers/database.ts';
import { codes, post } from './client.ts';

const db = testDatabase();
const ALICE = 'alice-key-for-rate-tests';
const BOB = 'bob-key-for-rate-tests';
const { keys } = parseApiKeys(
  [
    formatEntry({ digest: hashKey(ALICE), role: 'reader', name: 'alice' }),
    formatEntry({ digest: hashKey(BOB), role: 'reader', name: 'bob' }),
  ].join(','),
);
const auth = { keys, readAccess: 'open' as const };
const QUERY = { query: '{ countries(first: 1) { totalCount } }' };

function appWithRate(requests: number) {
  const limits = { ...DEFAULT_SECURITY.limits, rate: { requests, windowSeconds: 60 } };
  return createApp({ db, auth, security: { ...DEFAULT_SECURITY, limits } });
}

describe('the rate limit', () => {
  it('refuse a key past its allowance with 429 RATE_LIMITED and Retry-After, doing no work', async () => {
    const app = appWithRate(3);
    const alice = { authorization: `Bearer ${ALICE}` };
    for (let i = 0; i < 3; i++) expect((await post(app, QUERY, alice)).status).toBe(200);
    const before = db.roundTrips;
    const { status, headers, body } = await post(app, QUERY, alice);
    expect(status).toBe(429);
    expect(Number(headers.get('retry-after'))).toBeGreaterThan(0);
    expect(Number(headers.get('retry-after'))).toBeLessThanOrEqual(60);
    expect(codes(body)).toEqual(['RATE_LIMITED']);
    expect(body.errors[0].message).toMatch(/^Too many requests: at most 3 every 60 s\./);
    expect(db.roundTrips).toBe(before);
  });

  it('count each key on its own, and requests without a key by address', async () => {
    const app = appWithRate(2);
    const alice = { authorization: `Bearer ${ALICE}` };
    await post(app, QUERY, alice);
    await post(app, QUERY, alice);
    expect((await post(app, QUERY, alice)).status).toBe(429);
    expect((await post(app, QUERY, { 'x-api-key': BOB })).status).toBe(200);
    expect((await post(app, QUERY)).status).toBe(200);
  });

  it('count a wrong key against the address, so random keys get no fresh allowance', async () => {
    const app = appWithRate(2);
    await post(app, QUERY);
    expect((await post(app, QUERY, { authorization: 'Bearer nope-1' })).status).toBe(401);
    expect((await post(app, QUERY, { authorization: 'Bearer nope-2' })).status).toBe(429);
  });

  it('leave /health and /ready alone', async () => {
    const app = appWithRate(1);
    await post(app, QUERY);
    expect((await post(app, QUERY)).status).toBe(429);
    expect((await app.fetch('http://localhost/health')).status).toBe(200);
    expect((await app.fetch('http://localhost/ready')).status).toBe(200);
  });

  it('can be turned off (RATE_LIMIT=0)', async () => {
    const limits = { ...DEFAULT_SECURITY.limits, rate: null };
    const app = createApp({ db, security: { ...DEFAULT_SECURITY, limits } });
    for (let i = 0; i < 5; i++)
      expect((await post(app, { query: '{ version }' })).status).toBe(200);
  });
});

describe('who a request is counted as', () => {
  const socket = { req: { socket: { remoteAddress: '10.1.2.3' } } as IncomingMessage };
  const request = (headers: Record<string, string>) =>
    new Request('http://localhost/graphql', { headers });

  it('the key name, the socket address, or the last X-Forwarded-For entry behind a proxy', () => {
    expect(clientOf(request({ authorization: `Bearer ${ALICE}` }), socket, auth, false)).toBe(
      'key:alice',
    );
    expect(clientOf(request({}), socket, auth, false)).toBe('ip:10.1.2.3');
    const forwarded = request({ 'x-forwarded-for': '1.1.1.1, 203.0.113.9' });
    expect(clientOf(forwarded, socket, auth, false)).toBe('ip:10.1.2.3');
    expect(clientOf(forwarded, socket, auth, true)).toBe('ip:203.0.113.9');
    expect(clientOf(request({ authorization: 'Basic x' }), {}, auth, false)).toBe('ip:unknown');
  });
});
