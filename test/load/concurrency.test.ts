// Two writers of the same node at once: the second waits for the first (the writer takes the
// node's lock before reading it), then versions what the first committed: no change is lost.
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { importGraph, lookupNodes } from '../../src/load/import.ts';
import { readSeed } from '../../src/load/read/read.ts';
import { inTransaction } from '../../src/load/session.ts';
import { writeEntities } from '../../src/load/write.ts';
import type { NormalizedSeedFile } from '../../src/model/format.ts';
import { testDatabase } from '../helpers/database.ts';
import { removeSeedFolders, removeTestData, seedFolder, zetaFile } from './fixtures.ts';

const db = testDatabase();
afterEach(() => removeTestData(db));
afterAll(removeSeedFolders);

const versionsOf = (id: string) =>
  db.runText<{ v: Record<string, unknown> }>(
    'MATCH (v:Version {versionOf: $id}) RETURN properties(v) AS v ORDER BY v.versionNumber',
    { id },
  );
const nodeProps = async (id: string) =>
  (
    await db.runText<{ p: Record<string, unknown> }>(
      'MATCH (n:Entity {id: $id}) RETURN properties(n) AS p',
      { id },
    )
  )[0]?.p;
const nameOf = async (id: string) =>
  (
    await db.runText<{ name: string }>('MATCH (n:Entity {id: $id}) RETURN n.name AS name', { id })
  )[0]?.name;

describe('concurrent writes', () => {
  it('versions every change when two writers change the same node at once', async () => {
    await importGraph(db, await seedFolder({ 'zeta.yaml': zetaFile({ name: 'Zeta A' }) }));
    const read = await readSeed(await seedFolder({ 'zeta.yaml': zetaFile({ name: 'Zeta B' }) }), {
      mode: 'import',
      lookup: lookupNodes(db),
    });
    if (!read.ok) throw new Error('expected a valid file');
    // Writer B changes Zeta and holds its transaction open; writer C changes Zeta meanwhile.
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    let written = () => {};
    const hasWritten = new Promise<void>((resolve) => {
      written = resolve;
    });
    const b = inTransaction(db, true, async (run) => {
      await writeEntities(run, read.files[0] as NormalizedSeedFile, { by: 'b' });
      written();
      await held;
    });
    await hasWritten;
    const c = importGraph(db, await seedFolder({ 'zeta.yaml': zetaFile({ name: 'Zeta C' }) }), {
      as: 'c',
    });
    await new Promise((resolve) => setTimeout(resolve, 300));
    release();
    await Promise.all([b, c]);
    const versions = await versionsOf('company:ztest-zeta');
    expect(versions.map(({ v }) => [v.id, v.name, v.supersededBy])).toEqual([
      ['company:ztest-zeta@1', 'Zeta A', 'b'],
      ['company:ztest-zeta@2', 'Zeta B', 'import:c'],
    ]);
    expect(await nameOf('company:ztest-zeta')).toBe('Zeta C');
    // C waited for B's lock, so it is stamped after B: B's state ends where C's begins.
    const [b2, c2] = [versions[1]?.v, await nodeProps('company:ztest-zeta')];
    expect(Date.parse(String(b2?.supersededAt))).toBeGreaterThan(Date.parse(String(b2?.updatedAt)));
    expect(c2?.updatedAt).toBe(b2?.supersededAt);
  });
});
