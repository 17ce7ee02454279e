// Mutations as a client sends them: through the app's fetch, with an editor key (or a reader's),
// so scope-auth, masking and the limits all apply. Every id of the test data contains `zmut`,
// and so does the key's name (idempotency records are per key), so one query removes it all.
import { formatEntry, hashKey, parseApiKeys } from '../../src/auth/keys.ts';
import type { Database } from '../../src/db/database.ts';
import { createApp } from '../../src/yoga.ts';

export const EDITOR = 'zmut-editor-key-for-tests';
export const READER = 'zmut-reader-key-for-tests';
/** A second editor: idempotency keys are per API key. */
export const OTHER_EDITOR = 'zmut-other-editor-key-for-tests';
const { keys } = parseApiKeys(
  [
    formatEntry({ digest: hashKey(EDITOR), role: 'editor', name: 'zmut-alice' }),
    formatEntry({ digest: hashKey(OTHER_EDITOR), role: 'editor', name: 'zmut-bob' }),
    formatEntry({ digest: hashKey(READER), role: 'reader', name: 'zmut-reader' }),
  ].join(','),
);

const RESULT = `
  node { id __typename }
  relationshipId
  counts { nodes { created updated unchanged } relationships { created updated unchanged } }
  at by replayed`;
const ERRORS = `
  __typename
  ... on Error { message }
  ... on ValidationError { issues { path message } }
  ... on NotFoundError { missing: id }
  ... on ConflictError { conflicting: id }`;

// biome-ignore lint/suspicious/noExplicitAny: tests walk the JSON answer freely
export type Json = any;

/** A variable: its GraphQL type and value. */
export type Variable = [type: string, value: unknown];

export function client(db: Database) {
  const app = createApp({ db, auth: { keys, readAccess: 'open' }, graphiql: false });
  const post = async (query: string, variables: Record<string, unknown>, key?: string) => {
    const response = await app.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(key ? { authorization: `Bearer ${key}` } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    return { status: response.status, body: (await response.json()) as Json };
  };

  /** Runs one mutation field; `result` is its data, or its typed error, or undefined. */
  const mutate = async (field: string, variables: Record<string, Variable>, key = EDITOR) => {
    const names = Object.keys(variables);
    const declared = names.map((name) => `$${name}: ${variables[name]?.[0]}`).join(', ');
    const passed = names.map((name) => `${name}: $${name}`).join(', ');
    const success = `Mutation${field[0]?.toUpperCase()}${field.slice(1)}Success`;
    const query = `mutation${declared ? `(${declared})` : ''} {
      ${field}(${passed}) { ... on ${success} { data { ${RESULT} } } ${ERRORS} }
    }`;
    const values = Object.fromEntries(names.map((name) => [name, variables[name]?.[1]]));
    const { status, body } = await post(query, values, key);
    const answer = body.data?.[field];
    return {
      status,
      errors: body.errors as Json[] | undefined,
      data: answer?.data as Json,
      error: answer && !answer.data ? answer : undefined,
    };
  };

  /** A read, with or without a key; must succeed. */
  const read = async (query: string, variables: Record<string, unknown> = {}) => {
    const { body } = await post(query, variables);
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data as Json;
  };
  return { mutate, read, post };
}

export async function removeMutationData(db: Database): Promise<void> {
  await db.runText(
    `MATCH (n) WHERE n.id CONTAINS 'zmut' OR n.versionOf CONTAINS 'zmut' DETACH DELETE n`,
    {},
    'WRITE',
  );
}
