/**
 * The benchmark in miniature, so it never rots: ~100 firms, three answers per case and target at
 * concurrency 1, on its own Neo4j instance (bench-smoke). Runs last a number of answers, not a
 * time: on a loaded CI machine one answer can take longer than a one-second run (the peer's first
 * exposure did), and a run with no answer in it measures nothing. It checks the table is produced and
 * every case answered on every target; it asserts no speed (timings belong in `npm run bench`).
 */
import { describe, expect, it } from 'vitest';
import { SMOKE_INSTANCE } from '../../src/generate/bench-database.ts';
import { renderReport, type TargetName } from './report.ts';
import { ALL_CASES, runBenchmark } from './run-benchmark.ts';

const TARGETS: TargetName[] = ['ours', 'floor', 'peer'];

describe('the benchmark, tiny', () => {
  it('measures every case on ours, the floor and the peer and writes the table', async () => {
    const { meta, load, rows } = await runBenchmark({
      size: 'smoke',
      firms: 100,
      seed: 'smoke',
      seconds: 1,
      rounds: 2,
      answers: 3,
      warmupSeconds: 0,
      cellWarmupSeconds: 0,
      warmupAnswers: 2,
      concurrencies: [1],
      cases: ALL_CASES,
      targets: TARGETS,
      instance: SMOKE_INSTANCE,
      log: () => {},
    });
    expect(load.relationshipsPerSecond).toBeGreaterThan(0);
    expect(meta.mismatches).toEqual([]);
    // Every persisted query document answered once after start, without an error.
    expect(meta.firstAnswers?.map((a) => a.name).sort()).toEqual([
      'ExposedFirms',
      'Search',
      'Timeline',
      'Version',
      'Viewer',
    ]);
    expect(meta.firstAnswers?.filter((a) => a.error)).toEqual([]);
    expect(rows).toHaveLength(ALL_CASES.length * TARGETS.length);
    for (const row of rows) {
      expect(row.result.failures, `${row.target} ${row.case}: ${row.result.firstFailure}`).toBe(0);
      expect(row.result.answersPerSecond, `${row.target} ${row.case}`).toBeGreaterThan(0);
    }
    const table = renderReport(meta, load, rows);
    // Columns are padded to line up (as Biome formats markdown), so allow spaces after the name.
    for (const name of ALL_CASES) expect(table).toMatch(new RegExp(`^\\| ${name} +\\|`, 'm'));
    expect(table).toContain('ours/floor');
    expect(table).toContain('ours/peer');
    expect(table).toContain('## First answers after start (ours, ms)');
    // Two rounds per cell: each target measured twice, the rounds' ratios shown.
    for (const row of rows) expect(row.roundRates, `${row.target} ${row.case}`).toHaveLength(2);
    expect(table).toContain('## Ours ÷ peer in each round');
  }, 240_000);
});
