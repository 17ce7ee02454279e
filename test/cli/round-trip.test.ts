// `npm run export`, then `npm run import -- --restore` into an empty database, gives back the
// graph exactly: every node and relationship with all its properties, knowledge time and
// versions (counts and a SHA-256 of everything). The test wipes the shared test database, so it
// keeps a backup and puts the seeded graph back exactly as it found it. (The export's refusal of
// a folder that is not empty is in refusals.test.ts.)
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportGraph } from '../../src/load/export.ts';
import { importGraph } from '../../src/load/import.ts';
import { testDatabase } from '../helpers/database.ts';
import { graphChecksum } from '../helpers/graph-checksum.ts';
import {
  BAN,
  banFile,
  removeSeedFolders,
  removeTestData,
  retractFact,
  runCli,
  seedFolder,
  zetaFile,
} from '../load/fixtures.ts';

const db = testDatabase();
const work = mkdtempSync(join(tmpdir(), 'round-trip-'));
let seeded: Awaited<ReturnType<typeof graphChecksum>>;

const wipe = () => db.runText('MATCH (n) DETACH DELETE n', {}, 'WRITE');

beforeAll(async () => {
  seeded = await graphChecksum(db);
  await exportGraph(db, join(work, 'backup'));
});
afterAll(async () => {
  if ((await graphChecksum(db)).sha256 !== seeded.sha256) {
    await wipe();
    await importGraph(db, join(work, 'backup'), { restore: true });
  }
  await removeTestData(db);
  expect(await graphChecksum(db)).toEqual(seeded);
  rmSync(work, { recursive: true, force: true });
  await removeSeedFolders();
});

describe('export, then import into an empty database', () => {
  it('reproduces the graph exactly, with knowledge time, versions and retractions', async () => {
    // Give the graph a history: a node and a relationship changed twice, a retracted node, and a
    // measure whose latest status change is retracted (its status derives from the others).
    for (const [name, criticality] of [
      ['Zeta', 0.5],
      ['Zeta Motors', 0.6],
      ['Zeta Corp', 0.7],
    ] as const) {
      const folder = await seedFolder({ 'zeta.yaml': zetaFile({ name }, criticality) });
      await importGraph(db, folder, { as: `editor ${name}` });
    }
    await db.runText(
      `MATCH (n:Entity {id: 'company:ztest-zeta'})
       SET n.retractedAt = datetime(), n.retractedBy = 'carol', n.retractionReason = 'test'`,
      {},
      'WRITE',
    );
    await importGraph(
      db,
      await seedFolder({
        'ban.yaml': banFile(['ANNOUNCED', '2026-01'], ['SUSPENDED', '2026-02']),
      }),
    );
    await retractFact(db, `${BAN}/status/1`);
    const before = await graphChecksum(db);
    expect((await db.runText<{ n: number }>('MATCH (v:Version) RETURN count(v) AS n'))[0]?.n).toBe(
      5,
    );

    const exported = runCli('export', [join(work, 'export')]);
    expect(exported.stderr).toBe('');
    expect(exported.status).toBe(0);
    expect(exported.stdout).toMatch(/Exported \d+ nodes, \d+ relationships and 5 earlier versions/);
    const article = readFileSync(
      join(work, 'export/china-japan-dual-use-export-curbs.yaml'),
      'utf8',
    );
    expect(article).toContain('textFile: sources/china-japan-dual-use-export-curbs.txt');

    await wipe();
    expect((await graphChecksum(db)).nodes).toBe(0);
    const restored = runCli('import', [join(work, 'export'), '--restore']);
    expect(restored.stderr).toBe('');
    expect(restored.status).toBe(0);
    expect(await graphChecksum(db)).toEqual(before);

    // The export imported over the graph it came from changes nothing.
    const again = runCli('import', [join(work, 'export'), '--restore', '--dry-run']);
    expect(again.stdout).toMatch(/nodes: +0 created, 0 updated, \d+ unchanged/);
    expect(again.stdout).toMatch(/relationships: 0 created, 0 updated, \d+ unchanged/);
  });
});
