import { GraphQLError } from 'graphql';
import { type MaskError, maskError } from 'graphql-yoga';

/**
 * Yoga's masking, plus: outside development no error keeps `extensions.originalError`. Yoga's
 * own request parser sets it on errors it does not mask (a body that is not JSON carries the
 * JSON parser's name and message); the fuzz test found it in production answers.
 *
 * The extension is deleted from the error rather than the error copied: Yoga logs every error
 * that masking replaces, and a client's bad JSON is no server error worth a log line.
 */
export function maskErrors(details: boolean): MaskError {
  return (error, message, isDev) => {
    const masked = maskError(error, message, isDev);
    if (!details && masked instanceof GraphQLError && masked.extensions?.originalError) {
      delete (masked.extensions as Record<string, unknown>).originalError;
    }
    return masked;
  };
}
