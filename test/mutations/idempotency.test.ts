// Idempotency keys: a repeat returns the first result and writes nothing; the same key for
// another request is a conflict; keys are per API key; concurrent repeats write once. The
// records stay out of exports.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportGraph } from '../../src/load/export.ts';
import { testDatabase } from '../helpers/database.ts';
import { graphChecksum } from '../helpers/graph-checksum.ts';
import { client, OTHER_EDITOR, removeMutationData, type Variable } from './client.ts';
import { MEASURE, quoted, SOURCE, sourceVariables } from './fixtures.ts';

const db = testDatabase();
const { mutate } = client(db);
const work = mkdtempSync(join(tmpdir(), 'zmut-export-'));

const sector = (name: string, key: string): Record<string, Variable> => ({
  input: ['SectorInput!', { id: 'sector:zmut-cars', name }],
  provenance: [
    'ProvenanceInput!',
    { sourceIds: [SOURCE], confidence: 1, inferred: true, rationale: 'r' },
  ],
  idempotencyKey: ['String', key],
});
const statusChanges = async () =>
  (
    await db.runText<{ n: number }>(
      'MATCH (:Entity {id: $id})-[:HAD_STATUS]->(s) RETURN count(s) AS n',
      {
        id: MEASURE,
      },
    )
  )[0]?.n;

beforeAll(async () => {
  await removeMutationData(db);
  await mutate('upsertSource', sourceVariables());
});
afterAll(async () => {
  await removeMutationData(db);
  rmSync(work, { recursive: true, force: true });
});

describe('an idempotency key', () => {
  it('makes a repeat return the first result, writing nothing', async () => {
    const first = await mutate('upsertSector', sector('Zmut cars', 'zmut-key-1'));
    expect(first.data).toMatchObject({ replayed: false, counts: { nodes: { created: 1 } } });
    const before = await graphChecksum(db);
    const again = await mutate('upsertSector', sector('Zmut cars', 'zmut-key-1'));
    expect(again.data).toEqual({ ...first.data, replayed: true });
    expect(await graphChecksum(db)).toEqual(before);
  });

  it('used for another request is a conflict, and nothing is written', async () => {
    const before = await graphChecksum(db);
    const other = await mutate('upsertSector', sector('Zmut vehicles', 'zmut-key-1'));
    expect(other.error).toMatchObject({
      __typename: 'ConflictError',
      message: expect.stringMatching(/"zmut-key-1" was already used for a different request/),
    });
    expect(await graphChecksum(db)).toEqual(before);
  });

  it('belongs to one API key: another editor’s same key is another request', async () => {
    const bob = await mutate('upsertSector', sector('Zmut vehicles', 'zmut-key-1'), OTHER_EDITOR);
    expect(bob.data).toMatchObject({
      replayed: false,
      by: 'api:zmut-bob',
      counts: { nodes: { updated: 1 } },
    });
  });

  it('keeps a status change from being appended twice, even when the repeats race', async () => {
    const created = await mutate('upsertMeasure', {
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
    expect(created.error).toBeUndefined();
    const change: Record<string, Variable> = {
      measure: ['ID!', MEASURE],
      status: ['MeasureStatus!', 'IN_FORCE'],
      on: ['PartialDateInput!', { on: '2026-04-01' }],
      provenance: ['ProvenanceInput!', quoted('in force from 1 April')],
      idempotencyKey: ['String', 'zmut-key-2'],
    };
    const answers = await Promise.all([1, 2, 3].map(() => mutate('changeMeasureStatus', change)));
    expect(answers.map((a) => a.data?.replayed).sort()).toEqual([false, true, true]);
    expect(new Set(answers.map((a) => a.data?.at)).size).toBe(1);
    expect(await statusChanges()).toBe(2);
    const without = await mutate('changeMeasureStatus', {
      ...change,
      idempotencyKey: ['String', null],
    });
    expect(without.data.replayed).toBe(false);
    expect(await statusChanges()).toBe(3);
  });

  it('is stored as an IdempotencyRecord that exports leave out', async () => {
    const records = await db.runText<{ n: number }>(
      "MATCH (r:IdempotencyRecord) WHERE r.by STARTS WITH 'api:zmut' RETURN count(r) AS n",
    );
    expect(records).toEqual([{ n: 3 }]);
    const exported = await exportGraph(db, join(work, 'export'));
    expect(exported.files).toBeGreaterThan(0);
  });
});
