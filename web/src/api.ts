import { useEffect, useState } from 'preact/hooks';
import type { TypedDocumentString } from './gql/graphql.ts';

/** A failure told in words a reader understands. */
export class ApiError extends Error {}

/**
 * The data of an answer without errors. The server's root fields are nullable, but a root is
 * null only beside an error in `errors` (docs/errors.md), and `ask` throws on any error: an
 * answer it returns has every root it asked for.
 */
export type AnswerData<Result> = { [Root in keyof Result]: NonNullable<Result[Root]> };

/** Sends one typed operation to this server's /graphql and returns its data. */
export async function ask<Result, Variables>(
  document: TypedDocumentString<Result, Variables>,
  variables: Variables,
): Promise<AnswerData<Result>> {
  // By id (codegen's SHA-256 of the document: the server knows the page's documents, so this
  // works with PERSISTED_ONLY=true); by text when the server does not know the id.
  const id = document.__meta__?.hash as string | undefined;
  let body = id ? await post({ documentId: id, variables }) : undefined;
  if (!body || body.errors?.some((e) => e.extensions?.code === 'PERSISTED_QUERY_NOT_FOUND')) {
    body = await post({ query: document.toString(), variables });
  }
  if (body.errors?.length) throw new ApiError(body.errors.map((e) => e.message).join(' '));
  if (!body.data) throw new ApiError(`The server answered ${body.status} without data.`);
  return body.data as AnswerData<Result>;
}

interface Body {
  status: number;
  data?: unknown;
  errors?: { message: string; extensions?: { code?: string } }[];
}

async function post(request: object): Promise<Body> {
  let response: Response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json, application/json',
      },
      body: JSON.stringify(request),
    });
  } catch {
    throw new ApiError('The server did not answer. Is it still running?');
  }
  const body = (await response.json().catch(() => ({}))) as Omit<Body, 'status'>;
  return { ...body, status: response.status };
}

export type Answer<T> =
  | { state: 'loading' }
  | { state: 'error'; message: string }
  | { state: 'done'; data: AnswerData<T> };

/** Asks again whenever the variables change (compared as JSON); null variables: nothing asked. */
export function useAsk<Result, Variables>(
  document: TypedDocumentString<Result, Variables>,
  variables: Variables | null,
): Answer<Result> {
  const key = JSON.stringify(variables);
  const [answer, setAnswer] = useState<Answer<Result>>({ state: 'loading' });
  // The key stands for the variables: asked again when they change, not when a new object is made.
  useEffect(() => {
    if (variables === null) return;
    let current = true;
    setAnswer({ state: 'loading' });
    ask(document, variables).then(
      (data) => current && setAnswer({ state: 'done', data }),
      (error: unknown) =>
        current &&
        setAnswer({
          state: 'error',
          message: error instanceof Error ? error.message : String(error),
        }),
    );
    return () => {
      current = false;
    };
  }, [document, key]);
  return answer;
}
