// `npm run import` as an analyst runs it: a new measure from a new source with the firms that
// depend on the goods it covers, in YAML and CSV; a dry run first; then exposedFirms answers.
// What it refuses, writing nothing, is in refusals.test.ts (read-only, so it runs beside others).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabase } from '../helpers/database.ts';
import { graphChecksum } from '../helpers/graph-checksum.ts';
import { globalId, run } from '../helpers/graphql.ts';
import { removeSeedFolders, removeTestData, runCli, seedFolder } from '../load/fixtures.ts';
import { dependenciesCsv, FIRM, firmsCsv, MEASURE, measureFile } from './new-measure.ts';

const db = testDatabase();
let before: Awaited<ReturnType<typeof graphChecksum>>;
beforeAll(async () => {
  before = await graphChecksum(db);
});
afterAll(async () => {
  await removeTestData(db);
  await removeSeedFolders();
  expect(await graphChecksum(db)).toEqual(before);
});

const newMeasure = () =>
  seedFolder({
    'gallium-curbs.yaml': measureFile,
    'korea-actors.csv': firmsCsv,
    'korea-dependencies.csv': dependenciesCsv,
  });

describe('npm run import', () => {
  it('dry-runs a new measure with its firms: counts what would change and writes nothing', async () => {
    const result = runCli('import', [await newMeasure(), '--dry-run', '--as', 'alice']);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(
      'Dry run of 3 file(s), 6 nodes and 7 relationships as import:alice:',
    );
    expect(result.stdout).toContain('nodes:         6 created, 0 updated, 0 unchanged');
    expect(result.stdout).toContain('relationships: 7 created, 0 updated, 0 unchanged');
    expect(result.stdout).toContain('Dry run: nothing was written.');
    expect(await graphChecksum(db)).toEqual(before);
  });

  it('imports it in one go, and exposedFirms finds the firm through the new goods', async () => {
    const folder = await newMeasure();
    const result = runCli('import', [folder, '--as', 'alice']);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(
      'Imported 3 file(s), 6 nodes and 7 relationships as import:alice:',
    );
    const { data, errors } = await run(
      db,
      `query($m: ID!) { exposedFirms(measure: $m, asOf: "2026-05-01") { edges { node { score firm { id name } path { hops { type } } } } } }`,
      { m: globalId('Measure', MEASURE) },
    );
    expect(errors).toBeUndefined();
    const [edge, ...others] = data.exposedFirms.edges;
    expect(others).toEqual([]);
    expect(edge.node.firm.id).toBe(globalId('Company', FIRM));
    expect(edge.node.score).toBeGreaterThan(0);
    expect(edge.node.path.hops.map((hop: { type: string }) => hop.type)).toContain('DEPENDS_ON');

    const again = runCli('import', [folder, '--as', 'bob']);
    expect(again.stdout).toContain('nodes:         0 created, 0 updated, 6 unchanged');
  });
});
