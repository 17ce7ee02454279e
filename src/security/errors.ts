import { GraphQLError } from 'graphql';

/**
 * The codes of requests refused by a limit or a production guard. Each is a GraphQLError with a
 * code, so Yoga passes it to the client unmasked, with the HTTP status given here.
 */
export type LimitCode =
  | 'QUERY_TOO_DEEP'
  | 'QUERY_TOO_COMPLEX'
  | 'TOO_MANY_ALIASES'
  | 'TOO_MANY_DIRECTIVES'
  | 'TOO_MANY_TOKENS'
  | 'RATE_LIMITED'
  | 'CSRF_HEADER_REQUIRED'
  | 'PERSISTED_QUERY_ONLY'
  | 'PERSISTED_QUERY_NOT_FOUND'
  | 'REQUEST_ENTITY_TOO_LARGE'
  | 'BAD_REQUEST';

const STATUS: Record<LimitCode, number> = {
  QUERY_TOO_DEEP: 400,
  QUERY_TOO_COMPLEX: 400,
  TOO_MANY_ALIASES: 400,
  TOO_MANY_DIRECTIVES: 400,
  TOO_MANY_TOKENS: 400,
  RATE_LIMITED: 429,
  CSRF_HEADER_REQUIRED: 403,
  PERSISTED_QUERY_ONLY: 400,
  PERSISTED_QUERY_NOT_FOUND: 400,
  REQUEST_ENTITY_TOO_LARGE: 413,
  BAD_REQUEST: 400,
};

export function limitError(
  code: LimitCode,
  message: string,
  headers?: Record<string, string>,
): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code, http: { status: STATUS[code], ...(headers ? { headers } : {}) } },
  });
}

/** A whole response for a refusal that comes before Yoga parses anything (the rate limit). */
export function refusalResponse(error: GraphQLError): Response {
  const http = error.extensions.http as { status: number; headers?: Record<string, string> };
  const { http: _omit, ...extensions } = error.extensions;
  return Response.json(
    { errors: [{ message: error.message, extensions }] },
    { status: http.status, headers: http.headers ?? {} },
  );
}
