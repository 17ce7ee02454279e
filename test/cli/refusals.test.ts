// What `npm run import` and `npm run export` refuse, before writing anything: bad input, a file
// over the size limit, a folder that is not empty. Nothing here changes the graph, so it runs in
// the read-only project (vitest.config.ts) beside the other readers; what the CLIs write is in
// import.test.ts and round-trip.test.ts.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { testDatabase } from '../helpers/database.ts';
import { graphChecksum } from '../helpers/graph-checksum.ts';
import { removeSeedFolders, runCli, seedFolder } from '../load/fixtures.ts';
import { dependenciesCsv, firmsCsv, measureFile } from './new-measure.ts';

const db = testDatabase();
const work = mkdtempSync(join(tmpdir(), 'cli-refusals-'));
afterAll(async () => {
  rmSync(work, { recursive: true, force: true });
  await removeSeedFolders();
});

describe('npm run import', () => {
  it('refuses bad input with exit code 2, every error as file:line path: message, and writes nothing', async () => {
    const checksum = await graphChecksum(db);
    const folder = await seedFolder({
      'gallium-curbs.yaml': measureFile,
      'korea-actors.csv': firmsCsv.replace(',1\n', ',certain\n'),
      'korea-dependencies.csv': dependenciesCsv.replace(
        'commodity:ztest-gallium',
        'commodity:ztest-nowhere',
      ),
    });
    const result = runCli('import', [folder]);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('The import has 2 error(s); nothing was written:');
    expect(result.stderr).toContain(
      'korea-actors.csv:2 column confidence: wrong type: expected number, got string "certain"',
    );
    expect(result.stderr).toContain(
      'korea-dependencies.csv:2 column to: no node has id "commodity:ztest-nowhere" in the import or in the database',
    );
    expect(await graphChecksum(db)).toEqual(checksum);
  });

  it('refuses a file over the size limit before reading it', async () => {
    const folder = await seedFolder({ 'gallium-curbs.yaml': measureFile });
    writeFileSync(join(folder, 'huge.yaml'), `# ${'x'.repeat(21 * 1024 * 1024)}\n`);
    const result = runCli('import', [folder]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(
      'huge.yaml: the file is 21.0 MiB; the limit is 20.0 MiB per file: split it into several files',
    );
  });
});

describe('npm run export', () => {
  it('refuses to write into a folder that is not empty', () => {
    const folder = join(work, 'not-empty');
    mkdirSync(folder);
    writeFileSync(join(folder, 'kept.yaml'), 'nodes: []\n');
    const result = runCli('export', [folder]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('is not an empty folder: export into a new folder');
  });
});
