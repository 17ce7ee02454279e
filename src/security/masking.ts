import { GraphQLError } from 'graphql';
import { type MaskError, maskError } from 'graphql-yoga';

/**
 * Yoga's masking, plus: outside development no error keeps `extensions.originalError`. Yoga's
 * own request parser sets it on errors it does not mask (a body that is not JSON carries the
 * JSON parser's name and message); the fuzz test found it in production answers.
 *
 * The extension is deleted from the error rather than the error copied: a client's bad JSON is
 * no server error worth a log line. An error that is masked goes to `onMasked` (the log, with
 * its request), once.
 */
export function maskErrors(
  details: boolean,
  onMasked: (original: unknown, masked: GraphQLError) => void = () => {},
): MaskError {
  return (error, message, isDev) => {
    const masked = maskError(error, message, isDev);
    if (masked !== error && masked instanceof GraphQLError) onMasked(error, masked);
    if (!details && masked instanceof GraphQLError && masked.extensions?.originalError) {
      delete (masked.extensions as Record<string, unknown>).originalError;
    }
    return masked;
  };
}
