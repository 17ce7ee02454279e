// The example in docs/import-export.md is a real import: its files, taken from the page, pass
// validation and a dry run counts what they would write.
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { importGraph } from '../../src/load/import.ts';
import { testDatabase } from '../helpers/database.ts';
import { graphChecksum } from '../helpers/graph-checksum.ts';
import { removeSeedFolders, seedFolder } from './fixtures.ts';

const db = testDatabase();
afterAll(removeSeedFolders);

const page = readFileSync(new URL('../../docs/import-export.md', import.meta.url), 'utf8');
/** Each "`name.ext`:" followed by a fenced block on the page. */
const files = Object.fromEntries(
  [...page.matchAll(/^`([\w.-]+\.(?:yaml|csv))`:\n\n```\w+\n([\s\S]*?)```/gm)].map((m) => [
    m[1],
    m[2],
  ]),
);

describe('the example of docs/import-export.md', () => {
  it('is a valid import of a measure, a good, a firm and their links', async () => {
    expect(Object.keys(files).sort()).toEqual([
      'gallium-curbs.yaml',
      'korea-actors.csv',
      'korea-dependencies.csv',
    ]);
    const before = await graphChecksum(db);
    const result = await importGraph(db, await seedFolder(files), { dryRun: true });
    // source, gallium, measure, its 2 status changes, the firm; 4 links, 2 HAD_STATUS, 1 DEPENDS_ON
    expect(result.counts.nodes).toEqual({ created: 6, updated: 0, unchanged: 0 });
    expect(result.counts.relationships).toEqual({ created: 7, updated: 0, unchanged: 0 });
    expect(await graphChecksum(db)).toEqual(before);
  });
});
