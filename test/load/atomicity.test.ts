// An import is one transaction: when it fails half-way (a constraint only Neo4j sees, the
// transaction terminated as if the database went away, a restore that meets other history)
// nothing of it stays. Each test compares the checksum of the whole graph.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { Database } from '../../src/db/database.ts';
import { importGraph } from '../../src/load/import.ts';
import { WriteConflictError } from '../../src/load/write.ts';
import { testDatabase, testNeo4j } from '../helpers/database.ts';
import { graphChecksum } from '../helpers/graph-checksum.ts';
import { actorsCsv, NOTE, removeSeedFolders, removeTestData, seedFolder } from './fixtures.ts';

const db = testDatabase();
let before: Awaited<ReturnType<typeof graphChecksum>>;
beforeAll(async () => {
  before = await graphChecksum(db);
});
afterEach(async () => {
  await removeTestData(db);
  expect(await graphChecksum(db)).toEqual(before);
});
afterAll(removeSeedFolders);

const noteFile = { 'note.yaml': { sources: [NOTE] } };

describe('an import that fails half-way leaves no partial data', () => {
  it('a uniqueness constraint that only Neo4j sees, after the first thousand rows were written', async () => {
    // A node outside the write path (no Entity label) holds an id the import will create.
    await db.runText("CREATE (:Company {id: 'company:ztest-1500'})", {}, 'WRITE');
    const checksum = await graphChecksum(db);
    const folder = await seedFolder({ ...noteFile, 'ztest-actors.csv': actorsCsv(2000) });
    const batches: number[] = [];
    const attempt = importGraph(db, folder, {
      onProgress: ({ written }) => batches.push(written),
    });
    await expect(attempt).rejects.toThrow(/already exists with label `Company` and property `id`/);
    expect(batches).toContain(1000); // the first batch had been written in the transaction
    expect(await graphChecksum(db)).toEqual(checksum);
  });

  it('the transaction terminated mid-write, as when the database stops', async () => {
    const folder = await seedFolder({ ...noteFile, 'ztest-actors.csv': actorsCsv(20_000) });
    const admin = new Database(testNeo4j());
    let terminated: Promise<unknown> | undefined;
    const attempt = importGraph(db, folder, {
      as: 'ztest-terminated',
      onProgress: ({ written }) => {
        if (written >= 2000 && !terminated)
          terminated = terminate(admin, 'import:ztest-terminated');
      },
    });
    await expect(attempt).rejects.toThrow(/terminated/i);
    expect(await terminated).toBe(1);
    await admin.close();
    expect(await graphChecksum(db)).toEqual(before);
  });

  it('a restore that meets a node with other history: rolled back, naming the node', async () => {
    await importGraph(db, await seedFolder({ ...noteFile, 'ztest-actors.csv': actorsCsv(3) }));
    const checksum = await graphChecksum(db);
    const firm = (i: number) => ({
      id: `company:ztest-${i}`,
      label: 'Company',
      name: `Firm ${i}`,
      sourceIds: [NOTE.id],
      quote: 'Japan',
      confidence: 1,
    });
    const recorded = (i: number) => ({
      id: `company:ztest-${i}`,
      assertedAt: '2020-01-01T00:00:00.000Z',
      assertedBy: 'import:someone',
    });
    // Firm 1 is stored with the same data but other knowledge time; firm 9 is new.
    const folder = await seedFolder({
      ...noteFile,
      'firms.yaml': { nodes: [firm(1), firm(9)], history: [recorded(1), recorded(9)] },
    });
    const attempt = importGraph(db, folder, { restore: true });
    await expect(attempt).rejects.toBeInstanceOf(WriteConflictError);
    await expect(attempt).rejects.toThrow(
      /differ from what the database holds.*: company:ztest-1$/,
    );
    expect(await graphChecksum(db)).toEqual(checksum);
  });
});

/** Finds the import's transaction by its metadata and terminates it; resolves to the count. */
async function terminate(admin: Database, by: string): Promise<number> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const rows = await admin.runText<{ id: string }>(
      'SHOW TRANSACTIONS YIELD transactionId AS id, metaData WHERE metaData.by = $by RETURN id',
      { by },
    );
    if (rows.length > 0) {
      const ids = rows.map((row) => row.id);
      await admin.runText('TERMINATE TRANSACTIONS $ids', { ids }, 'WRITE');
      return ids.length;
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return 0;
}
