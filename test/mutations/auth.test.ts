// Writes need the editor role: a reader key is FORBIDDEN and no key UNAUTHENTICATED, before any
// resolver runs, so nothing is read from or written to Neo4j.
import { describe, expect, it } from 'vitest';
import { testDatabase } from '../helpers/database.ts';
import { graphChecksum } from '../helpers/graph-checksum.ts';
import { client, READER } from './client.ts';
import { sourceVariables } from './fixtures.ts';

const db = testDatabase();
const { post } = client(db);
const UPSERT = `mutation($input: SourceInput!) { upsertSource(input: $input) { __typename } }`;

describe('a mutation', () => {
  it.each([
    ['with a reader key', READER, 'FORBIDDEN'],
    ['without a key', undefined, 'UNAUTHENTICATED'],
  ])('%s is refused, and nothing is written', async (_name, key, code) => {
    const before = await graphChecksum(db);
    const trips = db.roundTrips;
    const variables = { input: sourceVariables().input?.[1] };
    const { body } = await post(UPSERT, variables, key);
    expect(body.data).toEqual({ upsertSource: null }); // root fields are nullable
    expect(body.errors).toEqual([
      expect.objectContaining({
        message: expect.stringMatching(/^Mutation\.upsertSource needs/),
        extensions: { code },
      }),
    ]);
    expect(db.roundTrips).toBe(trips);
    expect(await graphChecksum(db)).toEqual(before);
  });
});
