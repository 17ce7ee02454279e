import type { Plugin } from 'graphql-yoga';
import { currentScope } from '../request-scope.ts';

/**
 * Refusals Yoga answers with a bare status and no body, given a JSON body with a message and a
 * code like every other error of the API. Only bodiless answers are filled: GraphiQL and the
 * errors Yoga already words are left as they are.
 */
const WORDS: Record<number, { code: string; message: string }> = {
  404: { code: 'NOT_FOUND', message: 'Nothing here: GraphQL is at /graphql.' },
  406: {
    code: 'NOT_ACCEPTABLE',
    message:
      'The answer is JSON: accept application/graphql-response+json or application/json (the accept header of this response lists them all).',
  },
  415: {
    code: 'UNSUPPORTED_MEDIA_TYPE',
    message:
      'Send the request as application/json (or application/graphql+json), or as a GET with the query in the URL.',
  },
};

export function jsonRefusals(): Plugin {
  return {
    onResponse({ response, setResponse }) {
      const words = WORDS[response.status];
      if (!words || response.headers.get('content-type') !== null) return;
      currentScope()?.codes.push(words.code);
      const headers = new Headers(response.headers);
      headers.set('content-type', 'application/json; charset=utf-8');
      headers.delete('content-length');
      const body = JSON.stringify({
        errors: [{ message: words.message, extensions: { code: words.code } }],
      });
      setResponse(new Response(body, { status: response.status, headers }));
    },
  };
}
