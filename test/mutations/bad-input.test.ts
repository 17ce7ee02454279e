// Every bad input gets a typed error that names the field, and leaves the graph unchanged
// (checked by a checksum of every node and relationship). The cases are in bad-formats.ts and bad-references.ts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabase } from '../helpers/database.ts';
import { graphChecksum } from '../helpers/graph-checksum.ts';
import { FORMAT_CASES } from './bad-formats.ts';
import { REFERENCE_CASES } from './bad-references.ts';
import { client, removeMutationData } from './client.ts';
import { FIRM, firmVariables, GOOD, MEASURE, quoted, SOURCE, sourceVariables } from './fixtures.ts';

const db = testDatabase();
const { mutate } = client(db);

beforeAll(async () => {
  await removeMutationData(db);
  await mutate('upsertSource', sourceVariables());
  await mutate('upsertCompany', firmVariables());
  await mutate('upsertCommodity', {
    input: ['CommodityInput!', { id: GOOD, name: 'Zmut neodymium' }],
    provenance: ['ProvenanceInput!', quoted('neodymium')],
  });
  const measure = await mutate('upsertMeasure', {
    input: [
      'MeasureInput!',
      {
        id: MEASURE,
        kind: 'EXPORT_BAN',
        description: 'A ban.',
        initialStatus: { status: 'ANNOUNCED', on: { on: '2026-03-02' } },
      },
    ],
    provenance: [
      'ProvenanceInput!',
      { sourceIds: [SOURCE], quote: 'On 2 March 2026 China announced', confidence: 1 },
    ],
  });
  expect(measure.error).toBeUndefined();
  expect(FIRM).toBeDefined();
});
afterAll(() => removeMutationData(db));

describe('bad input', () => {
  it.each([...FORMAT_CASES, ...REFERENCE_CASES])(
    '%s (%s) is refused, naming the field, and writes nothing',
    async (_name, field, variables, expected) => {
      const before = await graphChecksum(db);
      const { status, data, error, errors } = await mutate(field, variables);
      expect(data).toBeUndefined();
      if ('graphql' in expected) {
        expect(errors?.map((e) => e.message).join('\n')).toMatch(expected.graphql);
        expect(errors?.[0].extensions.code).toMatch(/BAD_USER_INPUT|GRAPHQL_VALIDATION_FAILED/);
      } else if ('typename' in expected) {
        expect(errors).toBeUndefined();
        expect(error.__typename).toBe(expected.typename);
      } else {
        expect(errors).toBeUndefined();
        expect(error.__typename).toBe('ValidationError');
        expect(error.issues.map((issue: { path: string }) => issue.path)).toEqual(expected.paths);
        for (const issue of error.issues) expect(issue.message).not.toBe('');
      }
      expect(status).toBeLessThan(500);
      expect(await graphChecksum(db)).toEqual(before);
    },
  );
});
