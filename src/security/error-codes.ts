import { GraphQLError } from 'graphql';
import { isAsyncIterable, type Plugin } from 'graphql-yoga';

/**
 * Every error a client sees has a code. Parse and validation errors get theirs from Yoga, refusals
 * and masked errors from us; what is left are graphql-js' own request errors (a variable of the
 * wrong type, a missing operation name) and resolver errors thrown without one: they are about the
 * request, so BAD_USER_INPUT. Errors wrapping something else than a GraphQLError are left to
 * masking, which gives them INTERNAL_SERVER_ERROR.
 */
export function codedErrors(): Plugin {
  return {
    onExecute() {
      return {
        onExecuteDone({ result, setResult }) {
          if (isAsyncIterable(result) || !result.errors?.some(lacksCode)) return;
          setResult({ ...result, errors: result.errors.map(withCode) });
        },
      };
    },
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
