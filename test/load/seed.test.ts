import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSeed, SEED_DIR, SeedValidationError } from '../../src/load/seed.ts';
import { testDatabase } from '../helpers/database.ts';
import { graphChecksum } from '../helpers/graph-checksum.ts';

const db = testDatabase();

describe('the seed loader', () => {
  it('loads the seed (global setup did) and loading it again leaves the graph byte-for-byte the same', async () => {
    const before = await graphChecksum(db);
    expect(before.nodes).toBeGreaterThan(300);
    const result = await loadSeed(db);
    expect(result.nodes).toBeGreaterThan(300);
    expect(await graphChecksum(db)).toEqual(before);
  });

  it('stores dates as Neo4j dates with their precision and counts as integers', async () => {
    const rows = await db.runText<Record<string, unknown>>(
      `MATCH (e:ImpactEstimate) WHERE e.durationMonths IS NOT NULL
       RETURN valueType(e.durationMonths) AS months LIMIT 1`,
    );
    expect(rows[0]?.months).toBe('INTEGER NOT NULL');
    const dates = await db.runText<Record<string, unknown>>(
      `MATCH (s:StatusChange) RETURN valueType(s.on) AS type, s.onPrecision AS precision LIMIT 1`,
    );
    expect(dates[0]).toEqual({
      type: 'DATE NOT NULL',
      precision: expect.stringMatching(/day|month|year/),
    });
  });

  it('validates every file before writing: a bad file writes nothing, and every error names its file and path', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'seed-'));
    cpSync(SEED_DIR, folder, { recursive: true });
    writeFileSync(
      path.join(folder, 'zz-bad.yaml'),
      [
        'defaultSourceIds: [source:china-japan-dual-use-export-curbs]',
        'nodes:',
        '  - { id: "sector:never-written", label: Sector, name: Nope, confidence: 2, inferred: true, rationale: x }',
        'relationships:',
        '  - { type: IN_SECTOR, from: company:nowhere, to: sector:automotive, confidence: 1, inferred: true, rationale: x }',
      ].join('\n'),
    );
    const before = await graphChecksum(db);
    const attempt = loadSeed(db, folder);
    await expect(attempt).rejects.toBeInstanceOf(SeedValidationError);
    const error = (await attempt.catch((e: SeedValidationError) => e)) as SeedValidationError;
    expect(error.errors.map((e) => `${e.file} ${e.path}`)).toEqual(
      expect.arrayContaining([
        'zz-bad.yaml nodes[0].confidence',
        'zz-bad.yaml relationships[0].from',
      ]),
    );
    expect(await graphChecksum(db)).toEqual(before);
  });
});
