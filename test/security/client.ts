import type { createApp } from '../../src/yoga.ts';

type App = ReturnType<typeof createApp>;
// biome-ignore lint/suspicious/noExplicitAny: tests walk the JSON answer freely
export type Answer = { status: number; headers: Headers; body: any };

/** POSTs a JSON body to /graphql (anything: the fuzz test sends malformed ones too). */
export async function post(
  app: App,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<Answer> {
  const response = await app.fetch('http://localhost/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: response.status, headers: response.headers, body: await response.json() };
}

/** The codes of the errors of an answer, in order. */
export const codes = (body: { errors?: { extensions?: { code?: string } }[] }) =>
  body.errors?.map((error) => error.extensions?.code);
