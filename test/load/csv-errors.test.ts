// Bad CSV and oversized input: errors by file and line (and column), nothing written.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { testDatabase } from '../helpers/database.ts';
import { graphChecksum } from '../helpers/graph-checksum.ts';
import {
  actorsCsv,
  importErrors,
  NOTE,
  removeSeedFolders,
  removeTestData,
  zetaFile,
} from './fixtures.ts';

const db = testDatabase();
let before: Awaited<ReturnType<typeof graphChecksum>>;
beforeAll(async () => {
  before = await graphChecksum(db);
});
afterEach(async () => expect(await graphChecksum(db)).toEqual(before));
afterAll(async () => {
  await removeTestData(db);
  await removeSeedFolders();
});

const errorsOf = importErrors(db);
const header = 'id,label,name,sourceIds,quote,confidence';

describe('an import with bad CSV or too much input writes nothing and names file and line', () => {
  it('malformed CSV lines and bad cells, each by line and column', async () => {
    const csv = [
      header,
      `company:ztest-1,Company,One,${NOTE.id},Japan,1`,
      `company:ztest-2,Company,Two,${NOTE.id},Japan`,
      `company:ztest-3,Company,Three,${NOTE.id},Japan,very`,
      `company:ztest-4,Measure,Four,${NOTE.id},Japan,1`,
      `company:ztest-5,Company,"Five "Inc",${NOTE.id},Japan,1`,
    ].join('\n');
    const errors = await errorsOf({ 'zeta.yaml': zetaFile(), 'ztest-actors.csv': csv });
    expect(errors.map((e) => `${e.file}:${e.line} ${e.path}: ${e.message}`)).toEqual([
      expect.stringMatching(/^ztest-actors.csv:6 : malformed CSV: Invalid Closing Quote/),
      'ztest-actors.csv:3 row: malformed CSV: 5 cells, but the header has 6 columns',
      'ztest-actors.csv:4 column confidence: wrong type: expected number, got string "very"',
      expect.stringMatching(
        /^ztest-actors.csv:5 column label: an actors file holds Country, Person/,
      ),
    ]);
  });

  it('a CSV without its required columns, or with unknown ones, or of no known kind', async () => {
    const errors = await errorsOf({
      'ztest-goods.csv': 'id,name,colour\ncommodity:ztest-x,X,red\n',
      'ztest-things.csv': 'id\nthing:x\n',
    });
    expect(errors.map((e) => [e.file, e.line, e.message])).toEqual([
      ['ztest-goods.csv', 1, expect.stringMatching(/^unknown column "colour" in a goods file/)],
      ['ztest-goods.csv', 1, 'missing column "confidence" (required in a goods file)'],
      ['ztest-things.csv', undefined, expect.stringMatching(/^cannot tell what this CSV holds/)],
    ]);
  });

  it('oversized files: too many entries or too many bytes', async () => {
    const limits = { entries: 100, bytes: 1024 * 1024 };
    const errors = await errorsOf(
      { 'zeta.yaml': zetaFile(), 'ztest-actors.csv': actorsCsv(101) },
      { limits },
    );
    expect(errors).toEqual([
      expect.objectContaining({
        file: 'ztest-actors.csv',
        line: 1,
        message: 'the file has 101 entries; the limit is 100 per file: split it into several files',
      }),
    ]);
    const big = await errorsOf(
      { 'zeta.yaml': zetaFile() },
      { limits: { entries: 100, bytes: 200 } },
    );
    expect(big[0]?.message).toMatch(/^the file is 0.0 MiB; the limit is 0.0 MiB per file/);
  });

  it('an import over the rows one transaction may write', async () => {
    const errors = await errorsOf({ 'zeta.yaml': zetaFile() }, { maxRows: 3 });
    expect(errors).toEqual([
      expect.objectContaining({
        message:
          'the import writes 4 nodes and relationships; one import (one transaction) may write at most 3: split it',
      }),
    ]);
  });
});
