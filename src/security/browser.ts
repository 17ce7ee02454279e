import { useCSRFPrevention } from '@graphql-yoga/plugin-csrf-prevention';
import type { Plugin, YogaServerOptions } from 'graphql-yoga';
import { limitError } from './errors.ts';

/** The header that marks a request as sent by a script, not by a form or a plain link. */
export const CSRF_HEADER = 'x-graphql-yoga-csrf';

type CorsOption = YogaServerOptions<object, object>['cors'];

/**
 * CORS by allow-list. Yoga's default answers every origin with credentials allowed; here an
 * origin gets CORS headers only when listed, and none at all when the list is empty (same origin
 * only). Keys travel in headers, never in cookies, so credentials are not allowed.
 */
export function corsFor(origins: readonly string[]): CorsOption {
  if (origins.length === 0) return false;
  const allowed = new Set(origins);
  return (request: Request) => {
    const origin = request.headers.get('origin');
    if (origin === null || !allowed.has(origin)) return false;
    return {
      origin: [origin],
      credentials: false,
      methods: ['GET', 'POST'],
      allowedHeaders: ['content-type', 'authorization', 'x-api-key', CSRF_HEADER],
      maxAge: 600,
    };
  };
}

/**
 * CSRF prevention with Yoga's plugin: a request a browser would send without a preflight (a GET,
 * or a POST of a form or text/plain) must carry the CSRF header, which only a script can add, and
 * then only for an origin CORS allows. JSON POSTs are preflighted and pass as they are. Wrapped to
 * give its refusal a code.
 */
export function csrfPrevention(): Plugin {
  const plugin = useCSRFPrevention({ requestHeaders: [CSRF_HEADER] });
  return {
    onRequestParse(payload) {
      try {
        plugin.onRequestParse?.(payload);
      } catch {
        throw limitError(
          'CSRF_HEADER_REQUIRED',
          `Send the request as a JSON POST, or add the header ${CSRF_HEADER}: 1.`,
        );
      }
    },
  };
}
