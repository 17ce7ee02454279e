// A client's bad argument to one root field never wipes the rest of the answer: root fields are
// nullable (src/schema/index.ts), so the field in error is null, its error says where and why,
// and the fields beside it answer as they would alone (docs/errors.md).
import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/yoga.ts';
import { testDatabase } from '../helpers/database.ts';

const db = testDatabase();
const app = createApp({ db });

async function ask(query: string) {
  const response = await app.fetch('http://localhost/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  return { status: response.status, body: await response.json() };
}

describe('one bad root field beside good ones', () => {
  it.each([
    ['a page over the maximum', 'measures(first: 500) { totalCount }', 'first'],
    ['a malformed id', 'node(id: "garbage!!") { id }', null],
    [
      'maxHops out of range',
      'exposure(firm: "company:kawasaki-heavy-industries", maxHops: 9) { __typename }',
      null,
    ],
  ])('%s nulls that field alone, with its error and path', async (_name, bad, argument) => {
    const { status, body } = await ask(
      `{ bad: ${bad} japan: node(id: "country:JP") { id label } version }`,
    );
    expect(status).toBe(200);
    expect(body.data.bad).toBeNull();
    expect(body.data.japan).toEqual({ id: 'country:JP', label: 'Japan' });
    expect(typeof body.data.version).toBe('string');
    expect(body.errors).toHaveLength(1);
    expect(body.errors[0].path).toEqual(['bad']);
    expect(body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    if (argument) expect(body.errors[0].extensions.argument).toBe(argument);
  });
});
