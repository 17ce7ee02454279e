import type { IncomingMessage } from 'node:http';
import type { Plugin } from 'graphql-yoga';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { findByDigest } from '../auth/compare.ts';
import { hashKey } from '../auth/keys.ts';
import { presentedKey } from '../auth/request.ts';
import type { AuthSettings } from '../context.ts';
import { rateLimited } from '../observability/metrics.ts';
import { currentScope } from '../request-scope.ts';
import { limitError, refusalResponse } from './errors.ts';
import type { Limits } from './settings.ts';

/**
 * A per-client rate limit on /graphql: each API key (by its configured name) or, without a valid
 * key, each client address gets `requests` per window. It runs first, before the body is read or
 * parsed, so a refused request costs nothing: 429 RATE_LIMITED with Retry-After.
 *
 * rate-limiter-flexible keeps a counter per client that expires with its window (memory stays
 * bounded by the clients of one window). @envelop/rate-limiter was the other candidate: it counts
 * per field during execution, so one request with many root fields counts many times, invalid
 * documents are never counted, and its memory store never forgets a client.
 */
export function rateLimit(
  rate: Limits['rate'],
  auth: AuthSettings,
  trustProxy: boolean,
  endpoint: string,
): Plugin {
  if (rate === null) return {};
  const limiter = new RateLimiterMemory({ points: rate.requests, duration: rate.windowSeconds });
  return {
    async onRequest({ request, url, serverContext, endResponse }) {
      if (url.pathname !== endpoint || request.method === 'OPTIONS') return;
      const client = clientOf(
        request,
        serverContext as { req?: IncomingMessage },
        auth,
        trustProxy,
      );
      try {
        await limiter.consume(client);
      } catch (refused) {
        if (!(refused instanceof RateLimiterRes)) throw refused;
        const seconds = Math.max(1, Math.ceil(refused.msBeforeNext / 1000));
        const message = `Too many requests: at most ${rate.requests} every ${rate.windowSeconds} s. Retry in ${seconds} s.`;
        const headers = { 'Retry-After': String(seconds) };
        rateLimited.inc();
        currentScope()?.codes.push('RATE_LIMITED');
        endResponse(refusalResponse(limitError('RATE_LIMITED', message, headers)));
      }
    },
  };
}

/**
 * `key:<name>` for a key that matches an entry; otherwise `ip:<address>`, so random keys do not
 * each get a fresh allowance. Bad headers are refused later, by the context, with 401.
 */
export function clientOf(
  request: Request,
  serverContext: { req?: IncomingMessage },
  auth: AuthSettings,
  trustProxy: boolean,
): string {
  try {
    const key = presentedKey(request.headers);
    const entry = key === null ? undefined : findByDigest(hashKey(key), auth.keys);
    if (entry) return `key:${entry.name}`;
  } catch {
    // a malformed header: counted against the address
  }
  const forwarded = trustProxy ? request.headers.get('x-forwarded-for') : null;
  const last = forwarded?.split(',').at(-1)?.trim();
  return `ip:${last || serverContext.req?.socket.remoteAddress || 'unknown'}`;
}
