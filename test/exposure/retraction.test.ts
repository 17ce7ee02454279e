// Every read hides retracted facts (docs/history.md), exposure included. One copy of the path
// graph per kind of fact: each copy has one fact retracted through the `retract` mutation, and
// exposedFirms, exposure and sectorExposure must answer as if the fact were not there; as known
// just before the retraction they still see it, and from its very instant on they do not.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFiles } from '../../src/load/write.ts';
import { testDatabase } from '../helpers/database.ts';
import { client } from '../mutations/client.ts';
import { CASES, expectExposure, NOTHING_GONE } from './path-cases.ts';
import { pathGraph, pathIds, removeFacts } from './path-graph.ts';

const PREFIX = 'xretr';
const db = testDatabase();
const { mutate } = client(db);

const copy = (index: number) => pathIds(`${PREFIX}${index}`);
const retractedAt: string[] = [];

beforeAll(async () => {
  await removeFacts(db, PREFIX);
  const copies = [...CASES.keys(), CASES.length].map((i) => pathGraph(`${PREFIX}${i}`));
  await writeFiles(db, copies);
  for (const [index, [, id]] of CASES.entries()) {
    const { data, error, errors } = await mutate('retract', {
      id: ['ID!', id(copy(index))],
      reason: ['String!', 'Retracted by a test.'],
    });
    expect(errors ?? error).toBeUndefined();
    retractedAt[index] = data.at;
  }
});
afterAll(() => removeFacts(db, PREFIX));

const justBefore = (instant: string) => new Date(Date.parse(instant) - 1).toISOString();

// The cases only read what beforeAll wrote: they run side by side (Neo4j answers on both cores).
describe.concurrent('a retracted fact on an exposure path no longer counts', () => {
  it('the untouched copy is exposed along the whole path', async () => {
    await expectExposure(db, copy(CASES.length), NOTHING_GONE, {});
  });

  it.each(CASES.map(([fact, , left], index) => [fact, index, left] as const))(
    'retracting %s',
    async (_fact, index, left) => {
      await expectExposure(db, copy(index), left, {});
      const at = retractedAt[index] as string;
      await expectExposure(db, copy(index), NOTHING_GONE, { knownAt: justBefore(at) });
      await expectExposure(db, copy(index), left, { knownAt: at });
    },
  );
});
