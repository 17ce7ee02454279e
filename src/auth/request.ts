import { badCredentials } from './errors.ts';

/**
 * The key a request presents: `Authorization: Bearer <key>` or `X-API-Key: <key>`, or null when it
 * sends neither. A header that is there but unusable is refused, never read as "no key".
 */
export function presentedKey(headers: Headers): string | null {
  const authorization = headers.get('authorization');
  const apiKey = headers.get('x-api-key');
  let bearer: string | null = null;
  if (authorization !== null) {
    const match = /^Bearer +(\S+) *$/i.exec(authorization);
    if (!match?.[1]) throw badCredentials('The Authorization header must be "Bearer <API key>".');
    bearer = match[1];
  }
  if (apiKey !== null && apiKey.trim() === '')
    throw badCredentials('The X-API-Key header is empty.');
  if (bearer !== null && apiKey !== null && bearer !== apiKey.trim()) {
    throw badCredentials('Authorization and X-API-Key carry different keys: send one.');
  }
  return bearer ?? apiKey?.trim() ?? null;
}
