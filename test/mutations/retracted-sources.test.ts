// A retracted source: no new fact may cite it, but what was written on it stays as it is and
// does not block the next change of a measure that cites another source.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabase } from '../helpers/database.ts';
import { client, removeMutationData, type Variable } from './client.ts';
import { firmVariables, MEASURE, quoted, SOURCE, sourceVariables } from './fixtures.ts';

const db = testDatabase();
const { mutate } = client(db);
const OTHER = 'source:zmut-other-note';

const inForce = (sourceId: string): Record<string, Variable> => ({
  measure: ['ID!', MEASURE],
  status: ['MeasureStatus!', 'IN_FORCE'],
  on: ['PartialDateInput!', { on: '2026-04-01' }],
  provenance: [
    'ProvenanceInput!',
    { sourceIds: [sourceId], quote: 'in force from 1 April', confidence: 1 },
  ],
});

beforeAll(async () => {
  await removeMutationData(db);
  await mutate('upsertSource', sourceVariables());
  await mutate('upsertSource', {
    input: [
      'SourceInput!',
      {
        id: OTHER,
        kind: 'ARTICLE',
        title: 'Another note',
        text: 'The ban is in force from 1 April.',
      },
    ],
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
    provenance: ['ProvenanceInput!', quoted('On 2 March 2026 China announced')],
  });
  expect(measure.error).toBeUndefined();
  const retracted = await mutate('retract', {
    id: ['ID!', SOURCE],
    reason: ['String!', 'Not a real note.'],
  });
  expect(retracted.error).toBeUndefined();
});
afterAll(() => removeMutationData(db));

describe('a retracted source', () => {
  it('cannot be cited by a new fact', async () => {
    const firm = await mutate('upsertCompany', firmVariables());
    expect(firm.error.issues).toEqual([
      { path: 'provenance.sourceIds[0]', message: `"${SOURCE}" is retracted` },
    ]);
    const change = await mutate('changeMeasureStatus', inForce(SOURCE));
    expect(change.error.issues).toEqual([
      { path: 'provenance.sourceIds[0]', message: `"${SOURCE}" is retracted` },
    ]);
  });

  it('does not block a measure whose earlier facts cite it from changing on another source', async () => {
    const change = await mutate('changeMeasureStatus', inForce(OTHER));
    expect(change.error).toBeUndefined();
    expect(change.data.counts.nodes).toEqual({ created: 1, updated: 1, unchanged: 1 });
  });
});
