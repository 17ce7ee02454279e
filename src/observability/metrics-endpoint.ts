import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { findByDigest } from '../auth/compare.ts';
import { hashKey } from '../auth/keys.ts';
import { presentedKey } from '../auth/request.ts';
import type { AuthSettings } from '../context.ts';
import type { Database } from '../db/database.ts';
import { refusalResponse } from '../security/errors.ts';
import { registry, reportOn } from './metrics.ts';

/**
 * GET /metrics in Prometheus' text format (METRICS, docs/deploy.md): `on` to anyone who reaches
 * the port, `key` only with a configured API key (reader or editor) as a bearer token, which
 * Prometheus sends with `authorization: { credentials: … }`; `off` (the production default): not
 * served at all, a plain 404. Not rate-limited: a scrape every few seconds must never be refused.
 */
export function metricsEndpoint(db: Database, access: 'on' | 'key' | 'off', auth: AuthSettings) {
  if (access === 'off') return {} satisfies Plugin;
  reportOn(db);
  return {
    async onRequest({ url, request, endResponse }) {
      if (url.pathname !== '/metrics') return;
      if (access === 'key' && !holdsKey(request.headers, auth)) {
        endResponse(refusalResponse(keyRequired()));
        return;
      }
      const text = await registry.metrics();
      endResponse(new Response(text, { headers: { 'content-type': registry.contentType } }));
    },
  } satisfies Plugin;
}

function holdsKey(headers: Headers, auth: AuthSettings): boolean {
  try {
    const key = presentedKey(headers);
    return key !== null && findByDigest(hashKey(key), auth.keys) !== undefined;
  } catch {
    return false; // a malformed header holds no key
  }
}

const keyRequired = () =>
  new GraphQLError('/metrics needs an API key: Authorization: Bearer <key>.', {
    extensions: {
      code: 'UNAUTHENTICATED',
      http: { status: 401, headers: { 'www-authenticate': 'Bearer' } },
    },
  });
