import type { Plugin } from 'graphql-yoga';
import { limitError } from './errors.ts';

const tooLarge = () => limitError('REQUEST_ENTITY_TOO_LARGE', 'Request body too large');
const invalidLength = () => limitError('BAD_REQUEST', 'Content-Length header is invalid.');

// One non-negative integer, as Yoga requires (a list of values is a request-smuggling sign).
const CONTENT_LENGTH = /^\d+$/;

/**
 * The request body limit (MAX_BODY_BYTES, docs/limits.md) in place of Yoga's own
 * `maxRequestBodySize`, with the same refusals (413 REQUEST_ENTITY_TOO_LARGE; 400 for an invalid
 * Content-Length). Yoga streams every body through a TransformStream to count its bytes, and
 * Node's stream pipeline behind it builds an AbortController and a DOMException per request:
 * about a sixth of the server's CPU for a `node` answer (docs/bench/targets.md, "Stop 33").
 * Node's HTTP parser never reads a body past its Content-Length, so a body that declares one is
 * checked by the header alone; only a body without one (chunked) is counted as it streams, as
 * Yoga counts it. (An in-process `app.fetch` is trusted with its header: only the start's warm-up
 * and the tests call it.)
 */
export function bodySizeLimit(limit: number): Plugin {
  return {
    onRequestParse({ request, requestParser, setRequestParser, fetchAPI }) {
      const declared = request.headers.get('content-length');
      if (declared !== null) {
        if (!CONTENT_LENGTH.test(declared)) throw invalidLength();
        if (Number(declared) > limit) throw tooLarge();
        return;
      }
      if (!requestParser || !request.body) return;
      setRequestParser((req) => requestParser(counted(req, limit, fetchAPI)));
    },
  };
}

/** The request with its body counted as it streams, refused past `limit` bytes (Yoga's way). */
function counted(
  request: Request,
  limit: number,
  fetchAPI: { TransformStream: typeof TransformStream; Request: typeof Request },
) {
  const body = request.body as ReadableStream<Uint8Array>;
  // A native stream needs the native TransformStream, a ponyfilled one the ponyfill's (Yoga #4583).
  const Transform =
    body instanceof ReadableStream ? globalThis.TransformStream : fetchAPI.TransformStream;
  let read = 0;
  const limited = body.pipeThrough(
    new Transform<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        read += chunk.byteLength;
        if (read > limit) controller.error(tooLarge());
        else controller.enqueue(chunk);
      },
    }),
  );
  return new fetchAPI.Request(request.url, {
    method: request.method,
    headers: request.headers,
    signal: request.signal,
    body: limited,
    duplex: 'half',
  } as RequestInit);
}
