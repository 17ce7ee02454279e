import { GraphQLError } from 'graphql';
import { isAsyncIterable, type Plugin } from 'graphql-yoga';
import { limitError } from './errors.ts';

/**
 * Every error a client sees has a code. Parse and validation errors get theirs from Yoga, refusals
 * and masked errors from us; what is left are graphql-js' own request errors (a variable of the
 * wrong type, a missing operation name) and resolver errors thrown without one: they are about the
 * request, so BAD_USER_INPUT. Errors wrapping something else than a GraphQLError are left to
 * masking, which gives them INTERNAL_SERVER_ERROR.
 */
export function codedErrors(): Plugin {
  const done = ({ result, setResult }: { result: unknown; setResult: (r: never) => void }) => {
    if (isAsyncIterable(result)) return;
    const { errors } = result as { errors?: readonly GraphQLError[] };
    if (!errors?.some(lacksCode)) return;
    setResult({ ...(result as object), errors: errors.map(withCode) } as never);
  };
  return {
    onExecute: () => ({ onExecuteDone: done }),
    // `subscription { … }` fails in subscribe(), where the schema has no Subscription type.
    onSubscribe: () => ({ onSubscribeResult: done }),
  };
}

const lacksCode = (error: GraphQLError) =>
  error.extensions?.code === undefined &&
  (error.originalError == null || error.originalError instanceof GraphQLError);

function withCode(error: GraphQLError): GraphQLError {
  if (!lacksCode(error)) return error;
  return new GraphQLError(error.message, {
    nodes: error.nodes ?? null,
    source: error.source ?? null,
    positions: error.positions ?? null,
    path: error.path ?? null,
    originalError: error.originalError ?? null,
    extensions: { ...error.extensions, code: 'BAD_USER_INPUT' },
  });
}

/**
 * A request whose parameters are not JSON where JSON belongs (`variables=oops` in a GET's query
 * string or a form body) makes Yoga's parser throw a plain SyntaxError, which masking turned into
 * a 500 "Unexpected error." (found by the fuzz test). It is the client's mistake: 400 BAD_REQUEST.
 */
export function badRequestParameters(): Plugin {
  return {
    onRequestParse({ requestParser, setRequestParser }) {
      if (!requestParser) return;
      const parse = requestParser;
      setRequestParser(async (request) => {
        try {
          return await parse(request);
        } catch (error) {
          if (error instanceof SyntaxError) {
            throw limitError('BAD_REQUEST', 'The variables or extensions parameter is not JSON.');
          }
          // A body that is not JSON at all: Yoga marks its error as the spec's, which with
          // `Accept: application/json` answers 200; the GraphQL over HTTP spec asks 400 for a JSON
          // parsing failure whatever the Accept header (test/contract/graphql-over-http.test.ts).
          if (error instanceof GraphQLError && /invalid JSON/i.test(error.message)) {
            throw limitError('BAD_REQUEST', error.message);
          }
          throw error;
        }
      });
    },
  };
}
