// Knowledge time and nothing lost: what a write creates is asserted by someone at an instant; what
// it changes stays reachable as a Version; nothing is deleted; retraction is never undone.
import { describe, expect, it } from 'vitest';
import { importGraph } from '../../src/load/import.ts';
import { testDatabase } from '../helpers/database.ts';
import { graphChecksum } from '../helpers/graph-checksum.ts';
import { BAN, banFile, leaveGraphAsFound, retractFact, seedFolder, zetaFile } from './fixtures.ts';

const db = testDatabase();
leaveGraphAsFound(db);

const node = async (id: string) =>
  (
    await db.runText<{ n: Record<string, unknown> }>(
      'MATCH (n:Entity {id: $id}) RETURN properties(n) AS n',
      { id },
    )
  )[0]?.n;
const versionsOf = (id: string) =>
  db.runText<{ v: Record<string, unknown> }>(
    'MATCH (v:Version {versionOf: $id}) RETURN properties(v) AS v ORDER BY v.versionNumber',
    { id },
  );

describe('the write path', () => {
  it('stamps what it creates with assertedAt (a DateTime) and assertedBy, and re-importing changes nothing', async () => {
    const folder = await seedFolder({ 'zeta.yaml': zetaFile() });
    const first = await importGraph(db, folder, { as: 'alice', now: '2026-02-01T09:00:00.000Z' });
    expect(first.by).toBe('import:alice');
    expect(first.counts).toEqual({
      nodes: { created: 2, updated: 0, unchanged: 0 },
      relationships: { created: 2, updated: 0, unchanged: 0 },
    });
    const types = await db.runText<Record<string, unknown>>(
      `MATCH (n:Entity {id: 'company:ztest-zeta'})-[r:DEPENDS_ON]->()
       RETURN valueType(n.assertedAt) AS node, valueType(r.assertedAt) AS rel, r.assertedBy AS by`,
    );
    expect(types).toEqual([
      { node: 'ZONED DATETIME NOT NULL', rel: 'ZONED DATETIME NOT NULL', by: 'import:alice' },
    ]);
    const checksum = await graphChecksum(db);
    const again = await importGraph(db, folder, { as: 'bob' });
    expect(again.counts.nodes).toEqual({ created: 0, updated: 0, unchanged: 2 });
    expect(again.counts.relationships).toEqual({ created: 0, updated: 0, unchanged: 2 });
    expect(await graphChecksum(db)).toEqual(checksum);
  });

  it('keeps the previous values of a changed node and relationship as versions, and records who changed them and when', async () => {
    await importGraph(db, await seedFolder({ 'zeta.yaml': zetaFile() }), {
      as: 'alice',
      now: '2026-02-01T09:00:00.000Z',
    });
    const changed = zetaFile({ name: 'Zeta Motor Corporation', aliases: ['Zeta'] }, 0.95);
    const result = await importGraph(db, await seedFolder({ 'zeta.yaml': changed }), {
      as: 'bob',
      now: '2026-03-01T09:00:00.000Z',
    });
    expect(result.counts.nodes).toEqual({ created: 0, updated: 1, unchanged: 1 });
    expect(result.counts.relationships).toEqual({ created: 0, updated: 1, unchanged: 1 });

    expect(await node('company:ztest-zeta')).toMatchObject({
      name: 'Zeta Motor Corporation',
      aliases: ['Zeta'],
      assertedAt: '2026-02-01T09:00:00.000Z',
      assertedBy: 'import:alice',
      updatedAt: '2026-03-01T09:00:00.000Z',
      updatedBy: 'import:bob',
    });
    const [nodeVersion] = await db.runText<{ v: Record<string, unknown> }>(
      `MATCH (:Entity {id: 'company:ztest-zeta'})-[:PREVIOUS_VERSION]->(v:Version) RETURN properties(v) AS v`,
    );
    expect(nodeVersion?.v).toMatchObject({
      id: 'company:ztest-zeta@1',
      versionOf: 'company:ztest-zeta',
      versionNumber: 1,
      name: 'Zeta Motors',
      assertedBy: 'import:alice',
      supersededAt: '2026-03-01T09:00:00.000Z',
      supersededBy: 'import:bob',
    });
    expect(nodeVersion?.v).not.toHaveProperty('aliases');
    const relationship = 'company:ztest-zeta-[DEPENDS_ON]->commodity:permanent-magnets';
    expect((await versionsOf(relationship)).map(({ v }) => [v.id, v.criticality])).toEqual([
      [`${relationship}@1`, 0.7],
    ]);
  });

  it("numbers a node's versions in order, one per change", async () => {
    for (const [i, name] of ['Zeta One', 'Zeta Two', 'Zeta Three'].entries()) {
      await importGraph(db, await seedFolder({ 'zeta.yaml': zetaFile({ name }) }), {
        as: `editor-${i}`,
      });
    }
    const versions = await versionsOf('company:ztest-zeta');
    expect(versions.map(({ v }) => [v.versionNumber, v.name, v.supersededBy])).toEqual([
      [1, 'Zeta One', 'import:editor-1'],
      [2, 'Zeta Two', 'import:editor-2'],
    ]);
  });

  it('keeps a retraction through a later import, which neither writes nor clears retracted fields', async () => {
    const folder = await seedFolder({ 'zeta.yaml': zetaFile() });
    await importGraph(db, folder, { as: 'alice' });
    // What the retraction mutation will write; the import path never does.
    await db.runText(
      `MATCH (n:Entity {id: 'company:ztest-zeta'})
       SET n.retractedAt = datetime('2026-02-02T00:00:00Z'), n.retractedBy = 'carol', n.retractionReason = 'duplicate'`,
      {},
      'WRITE',
    );
    const unchanged = await importGraph(db, folder, { as: 'bob' });
    expect(unchanged.counts.nodes.unchanged).toBe(2);
    await importGraph(db, await seedFolder({ 'zeta.yaml': zetaFile({ name: 'Zeta Renamed' }) }), {
      as: 'bob',
    });
    expect(await node('company:ztest-zeta')).toMatchObject({
      name: 'Zeta Renamed',
      retractedBy: 'carol',
      retractionReason: 'duplicate',
      retractedAt: '2026-02-02T00:00:00.000Z',
    });
  });

  it('counts the same in a dry run and writes nothing', async () => {
    const checksum = await graphChecksum(db);
    const folder = await seedFolder({ 'zeta.yaml': zetaFile() });
    const dry = await importGraph(db, folder, { dryRun: true });
    expect(dry.dryRun).toBe(true);
    expect(dry.counts.nodes.created).toBe(2);
    expect(await graphChecksum(db)).toEqual(checksum);
    const real = await importGraph(db, folder);
    expect(real.counts).toEqual(dry.counts);
  });
});

describe('a measure restated by an import after one of its status changes was retracted', () => {
  const history: [string, string][] = [
    ['ANNOUNCED', '2026-01'],
    ['IN_FORCE', '2026-02'],
    ['SUSPENDED', '2026-03-10'],
  ];

  it('keeps the status of the changes that stand, and dates a new change after those only', async () => {
    const folder = await seedFolder({ 'ban.yaml': banFile(...history) });
    await importGraph(db, folder, { as: 'alice' });
    expect(await node(BAN)).toMatchObject({ status: 'SUSPENDED' });
    await retractFact(db, `${BAN}/status/2`);
    expect(await node(BAN)).toMatchObject({ status: 'IN_FORCE' });

    const checksum = await graphChecksum(db);
    const again = await importGraph(db, folder, { as: 'bob' });
    expect(again.counts.nodes.updated).toBe(0);
    expect(await graphChecksum(db)).toEqual(checksum);

    const early = seedFolder({ 'ban.yaml': banFile(...history, ['LIFTED', '2026-01-15']) });
    await expect(importGraph(db, await early)).rejects.toThrow(
      /date order: 2026-01-15 comes before 2026-02/,
    );
    const lifted = banFile(...history, ['LIFTED', '2026-03-01']);
    await importGraph(db, await seedFolder({ 'ban.yaml': lifted }), { as: 'bob' });
    expect(await node(BAN)).toMatchObject({ status: 'LIFTED', liftedOn: '2026-03-01' });
  });
});
