// An import writes its nodes, then its relationships, and all of it in ONE transaction
// (docs/import-export.md): a failure once the nodes are written must take them back too. (The
// tests of atomicity.test.ts fail the import while nodes are still being written, which a write
// in two transactions, nodes then relationships, would pass.)
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { Database } from '../../src/db/database.ts';
import { importGraph } from '../../src/load/import.ts';
import { testDatabase, testNeo4j } from '../helpers/database.ts';
import { graphChecksum } from '../helpers/graph-checksum.ts';
import { actorsCsv, NOTE, removeSeedFolders, removeTestData, seedFolder } from './fixtures.ts';

const db = testDatabase();
let before: Awaited<ReturnType<typeof graphChecksum>>;
beforeAll(async () => {
  await removeTestData(db);
  before = await graphChecksum(db);
});
afterEach(async () => {
  await removeTestData(db);
  expect(await graphChecksum(db)).toEqual(before);
});
afterAll(removeSeedFolders);

const firm = (i: number) => `company:ztest-phase-${i}`;
const good = (g: number) => `commodity:ztest-phase-good-${g}`;

/** `firms` companies and `goods` goods, every company depending on every good. */
async function folder(firms: number, goods: number) {
  const goodRows = Array.from(
    { length: goods },
    (_, g) => `${good(g)},Good ${g},${NOTE.id},permanent magnets,1`,
  );
  const links = Array.from({ length: firms * goods }, (_, i) => {
    const [f, g] = [Math.floor(i / goods), i % goods];
    // Inferred: a quote must name the firm, and the note names none of these made-up firms.
    return `${firm(f)},${good(g)},0.5,${NOTE.id},true,A test firm made to need the good,1`;
  });
  return seedFolder({
    'note.yaml': { sources: [NOTE] },
    'ztest-actors.csv': actorsCsv(firms, firm),
    'ztest-goods.csv': ['id,name,sourceIds,quote,confidence', ...goodRows, ''].join('\n'),
    'ztest-dependencies.csv': [
      'from,to,criticality,sourceIds,inferred,rationale,confidence',
      ...links,
      '',
    ].join('\n'),
  });
}

describe('an import that fails after its node phase leaves no node behind', () => {
  it('a failure injected once every node is written (through the progress callback)', async () => {
    const [firms, goods] = [1200, 2];
    const nodes = firms + goods + 1; // and the note, a Source node
    const reports: number[] = [];
    const attempt = importGraph(db, await folder(firms, goods), {
      onProgress: ({ written, total }) => {
        reports.push(written);
        expect(total).toBe(nodes + firms * goods);
        if (written > nodes) throw new Error('injected after the node phase');
      },
    });
    await expect(attempt).rejects.toThrow('injected after the node phase');
    // Every node had been written, and some relationships, when it failed.
    expect(reports).toContain(nodes);
    expect(reports.at(-1)).toBeGreaterThan(nodes);
    expect(await graphChecksum(db)).toEqual(before);
  });

  it('the transaction terminated while relationships are written, as when the database stops', async () => {
    const [firms, goods] = [1000, 20];
    const nodes = firms + goods + 1; // and the note, a Source node
    const admin = new Database(testNeo4j());
    let terminated: Promise<number> | undefined;
    const attempt = importGraph(db, await folder(firms, goods), {
      as: 'ztest-phases',
      onProgress: ({ written }) => {
        if (written > nodes && !terminated) terminated = terminate(admin, 'import:ztest-phases');
      },
    });
    await expect(attempt).rejects.toThrow(/terminated/i);
    expect(await terminated).toBeGreaterThan(0);
    await admin.close();
    expect(await graphChecksum(db)).toEqual(before);
  });
});

/** Terminates every transaction of the import (found by its metadata); resolves to the count. */
async function terminate(admin: Database, by: string): Promise<number> {
  for (let attempt = 0; attempt < 100; attempt++) {
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
