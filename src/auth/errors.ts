import { GraphQLError } from 'graphql';

/**
 * Refusals are GraphQLErrors with a code, so Yoga passes them to the client unmasked. Messages
 * never repeat the key a request sent.
 */
export type RefusalCode = 'UNAUTHENTICATED' | 'FORBIDDEN';

export const refusal = (code: RefusalCode, message: string): GraphQLError =>
  new GraphQLError(message, { extensions: { code } });

/** For a request refused before execution (a key that matches nothing, a malformed header): HTTP 401. */
export const badCredentials = (message: string): GraphQLError =>
  new GraphQLError(message, {
    extensions: {
      code: 'UNAUTHENTICATED',
      http: { status: 401, headers: { 'WWW-Authenticate': 'Bearer' } },
    },
  });
