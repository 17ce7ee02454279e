// The writer creates what the store does not hold without comparing it (create-*.cypher) and
// compares the rest (merge-*.cypher). Written so, a sequence of writes must leave the very graph,
// and give the very counts, that comparing every row gave: the same writes go once through the
// merge statements alone (the write path as it was) and once through `writeEntities`, into the
// same clean part of the store at the same instants, and the whole graph's checksums must match.
import { describe, expect, it } from 'vitest';
import { checkStamp } from '../../src/load/clock.ts';
import { tally, WriteConflictError, type WriteCounts, zeroCounts } from '../../src/load/counts.ts';
import { importGraph, lookupNodes } from '../../src/load/import.ts';
import { mergeNodes, mergeRelationships } from '../../src/load/queries.ts';
import { readSeed } from '../../src/load/read/read.ts';
import { inTransaction, type Run } from '../../src/load/session.ts';
import { toDateTime } from '../../src/load/to-neo4j.ts';
import { entityRows, writeEntities } from '../../src/load/write.ts';
import type { NormalizedSeedFile } from '../../src/model/format.ts';
import { KNOWLEDGE_KEYS } from '../../src/model/format-history.ts';
import { testDatabase } from '../helpers/database.ts';
import { graphChecksum } from '../helpers/graph-checksum.ts';
import {
  banFile,
  leaveGraphAsFound,
  NOTE,
  removeTestData,
  seedFolder,
  zeta,
  zetaFile,
  zetaLinks,
} from './fixtures.ts';

const db = testDatabase();
const found = leaveGraphAsFound(db);

/** The write path before the split: every row sought in the store and compared. */
async function writeByMerging(run: Run, file: NormalizedSeedFile, by: string, now: string) {
  const targets = {
    nodeIds: file.nodes.map((n) => n.id),
    relationships: file.relationships.map(({ id, type, from }) => ({ id, type, from })),
  };
  await checkStamp(run, targets, now);
  const { nodes, relationships } = entityRows(file);
  const params = { now: toDateTime(now), by, knowledgeKeys: KNOWLEDGE_KEYS };
  const counts = zeroCounts();
  for (let start = 0; start < nodes.length; start += 1000) {
    const rows = nodes.slice(start, start + 1000);
    tally(counts.nodes, await run(mergeNodes, { ...params, rows }));
  }
  for (let start = 0; start < relationships.length; start += 1000) {
    const rows = relationships.slice(start, start + 1000);
    tally(counts.relationships, await run(mergeRelationships, { ...params, rows }));
  }
  return counts;
}

const GAMMA = 'company:ztest-gamma';
const GAMMA_LINK = `${GAMMA}-[BASED_IN]->country:JP`;
const at = (second: number) => `2027-01-01T00:00:${String(second).padStart(2, '0')}.000Z`;

/** What an export's `history:` would bring for gamma and its link: a restore's rows. */
function withHistory(file: NormalizedSeedFile): NormalizedSeedFile {
  const knowledge = { assertedAt: { $datetime: at(1) }, assertedBy: 'import:old' };
  const version = (id: string) => ({
    id: `${id}@1`,
    versionOf: id,
    versionNumber: { $int: 1 },
    name: 'Gamma Old',
    assertedAt: { $datetime: at(0) },
    assertedBy: 'import:older',
    supersededAt: { $datetime: at(1) },
    supersededBy: 'import:old',
  });
  const history = [GAMMA, GAMMA_LINK].map((id) => ({ id, knowledge, versions: [version(id)] }));
  return { ...file, history };
}

/** One file (one source): Zeta with its links, and the ban. */
const zetaAndBan = (zetaPart: ReturnType<typeof zetaFile>, ban: ReturnType<typeof banFile>) => ({
  ...zetaPart,
  nodes: [...zetaPart.nodes, ...ban.nodes],
});

/** Each write: files read as an import reads them (against the store as it is then). */
const WRITES: { files: Record<string, unknown>; restore?: boolean }[] = [
  // All new: nodes, status changes, links to seed nodes.
  { files: { 'zeta.yaml': zetaAndBan(zetaFile(), banFile(['ANNOUNCED', '2026-01-01'])) } },
  // Changed, unchanged and new rows in one write: versions, and creates beside merges.
  {
    files: {
      'zeta.yaml': zetaAndBan(
        zetaFile({ name: 'Zeta Motors Ltd' }, 0.8),
        banFile(['ANNOUNCED', '2026-01-01'], ['IN_FORCE', '2026-02-01']),
      ),
    },
  },
  // Recorded knowledge time and earlier versions on what is created (a restore).
  {
    files: {
      'gamma.yaml': {
        sources: [NOTE],
        defaultSourceIds: [NOTE.id],
        nodes: [zeta({ id: GAMMA, name: 'Gamma' })],
        relationships: [
          { type: 'BASED_IN', from: GAMMA, to: 'country:JP', quote: 'in Japan', confidence: 1 },
        ],
      },
    },
    restore: true,
  },
];

async function writeAllOf(
  write: (run: Run, file: NormalizedSeedFile, by: string, now: string) => Promise<WriteCounts>,
) {
  const counts: WriteCounts[] = [];
  for (const [index, { files, restore }] of WRITES.entries()) {
    const read = await readSeed(await seedFolder(files), {
      mode: 'import',
      lookup: lookupNodes(db),
    });
    if (!read.ok) throw new Error(JSON.stringify(read.errors));
    const merged: NormalizedSeedFile = {
      file: 'import',
      nodes: read.files.flatMap((f) => f.nodes),
      relationships: read.files.flatMap((f) => f.relationships),
    };
    const file = restore ? withHistory(merged) : merged;
    counts.push(
      await inTransaction(db, true, (run) => write(run, file, 'import:t', at(index + 2))),
    );
  }
  return { counts, graph: await graphChecksum(db) };
}

describe('creating what the store does not hold', () => {
  it('writes the graph, and counts, that comparing every row with the store wrote', async () => {
    const merging = await writeAllOf(writeByMerging);
    await removeTestData(db);
    expect(await graphChecksum(db)).toEqual(found());
    const split = await writeAllOf((run, file, by, now) => writeEntities(run, file, { by, now }));
    expect(split).toEqual(merging);
    // Every route was taken: created, updated and unchanged rows of both kinds.
    expect(merging.graph).not.toEqual(found());
    expect(merging.counts[1]).toEqual({
      nodes: { created: 1, updated: 2, unchanged: 2 },
      relationships: { created: 1, updated: 1, unchanged: 2 },
    });
  });

  it('refuses a relationship whose end is not in the store, and writes nothing', async () => {
    const read = await readSeed(await seedFolder({ 'zeta.yaml': zetaFile() }), {
      mode: 'import',
      lookup: lookupNodes(db),
    });
    if (!read.ok) throw new Error(JSON.stringify(read.errors));
    const [file] = read.files as [NormalizedSeedFile];
    // As if the end had vanished after the reader looked: the writer still refuses it.
    const [link] = file.relationships as [NormalizedSeedFile['relationships'][number]];
    const lost = { ...link, to: 'country:ztest-gone', id: `${link.from}-[BASED_IN]->gone` };
    const write = inTransaction(db, true, (run) =>
      writeEntities(run, { ...file, relationships: [lost] }, { by: 'import:t' }),
    );
    await expect(write).rejects.toThrow(WriteConflictError);
    await expect(write).rejects.toThrow(/have an end that is not in the database: .*->gone/);
    expect(await graphChecksum(db)).toEqual(found());
  });

  it('writes one relationship that two files of an import state, the second as its update', async () => {
    // The reader refuses a duplicate within a file only. Merging every row wrote two
    // relationships with one id when both fell in one batch (neither found the other).
    const dependency = zetaLinks(0.8)[1];
    const folder = await seedFolder({
      'a.yaml': zetaFile(),
      'b.yaml': { defaultSourceIds: [NOTE.id], relationships: [dependency] },
    });
    const result = await importGraph(db, folder, { as: 'ztest' });
    expect(result.counts.relationships).toEqual({ created: 2, updated: 1, unchanged: 0 });
    const stored = await db.runText<{ criticality: number }>(
      `MATCH (:Entity {id: 'company:ztest-zeta'})-[r:DEPENDS_ON]->()
       RETURN r.criticality AS criticality`,
    );
    expect(stored).toEqual([{ criticality: 0.8 }]);
    const versions = await db.runText<{ criticality: number }>(
      'MATCH (v:Version {versionOf: $id}) RETURN v.criticality AS criticality',
      { id: 'company:ztest-zeta-[DEPENDS_ON]->commodity:permanent-magnets' },
    );
    expect(versions).toEqual([{ criticality: 0.7 }]);
  });
});
