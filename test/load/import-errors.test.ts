// Bad input to an import: every error names its file and its path or line, all come at once, and
// nothing is written (the graph's checksum is unchanged).
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ImportValidationError, importGraph } from '../../src/load/import.ts';
import type { SeedError } from '../../src/seed/format.ts';
import { testDatabase } from '../helpers/database.ts';
import { graphChecksum } from '../helpers/graph-checksum.ts';
import {
  actorsCsv,
  NOTE,
  removeSeedFolders,
  removeTestData,
  seedFolder,
  zeta,
  zetaFile,
  zetaLinks,
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

async function errorsOf(
  files: Record<string, unknown>,
  options: Parameters<typeof importGraph>[2] = {},
): Promise<SeedError[]> {
  const attempt = importGraph(db, await seedFolder(files), options);
  const error = await attempt.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ImportValidationError);
  return (error as ImportValidationError).errors;
}

const header = 'id,label,name,sourceIds,quote,confidence';

describe('an import with bad input writes nothing and names file and path or line', () => {
  it('wrong types and missing provenance', async () => {
    const errors = await errorsOf({
      'zeta.yaml': {
        sources: [NOTE],
        nodes: [
          zeta({ confidence: 'high', sourceIds: [NOTE.id] }),
          zeta({ id: 'company:ztest-eta', quote: undefined, sourceIds: [NOTE.id] }),
          zeta({ id: 'company:ztest-theta' }),
        ],
      },
    });
    expect(errors).toEqual([
      {
        file: 'zeta.yaml',
        path: 'nodes[0].confidence',
        line: 11,
        message: 'wrong type: expected number, got string "high"',
      },
      expect.objectContaining({
        path: 'nodes[1].quote',
        message: expect.stringMatching(/needs a quote/),
      }),
      expect.objectContaining({
        path: 'nodes[2].sourceIds',
        message: 'no sourceIds, and the file declares no defaultSourceIds',
      }),
    ]);
  });

  it('unknown ids: an end neither in the import nor in the database, an unknown source', async () => {
    const [based, depends] = zetaLinks();
    const errors = await errorsOf({
      'zeta.yaml': {
        ...zetaFile(),
        relationships: [
          based,
          { ...depends, to: 'commodity:ztest-nowhere', sourceIds: ['source:ztest-nowhere'] },
        ],
      },
    });
    expect(errors).toEqual([
      expect.objectContaining({
        path: 'relationships[1].sourceIds',
        message: expect.stringMatching(/unknown source "source:ztest-nowhere"/),
      }),
      expect.objectContaining({
        path: 'relationships[1].to',
        message: 'no node has id "commodity:ztest-nowhere" in the import or in the database',
        line: 22,
      }),
    ]);
  });

  it('ids of the wrong kind: a prefix that is not the label, an end in the database of a label the type refuses', async () => {
    const [based] = zetaLinks();
    const errors = await errorsOf({
      'zeta.yaml': {
        ...zetaFile(),
        nodes: [zeta(), zeta({ id: 'person:ztest-zeta' })],
        relationships: [{ ...based, from: 'country:CN' }],
      },
    });
    expect(errors).toEqual([
      expect.objectContaining({
        path: 'nodes[1].id',
        message: 'expected an id like "company:readable-slug"',
      }),
      expect.objectContaining({
        path: 'relationships[0].from',
        message: 'BASED_IN cannot start at "country:CN" (Country); allowed: Organization',
      }),
    ]);
  });

  it('duplicate ids, within a file and across files (YAML and CSV)', async () => {
    const errors = await errorsOf({
      'zeta.yaml': { ...zetaFile(), nodes: [zeta(), zeta()] },
      'more-actors.csv': `${header}\ncompany:ztest-zeta,Company,Zeta again,${NOTE.id},Japan,1\n`,
    });
    // more-actors.csv comes first (files are read in path order), so both YAML entries repeat it.
    expect(errors.map((e) => [e.file, e.path, e.message])).toEqual([
      [
        'zeta.yaml',
        'nodes[0].id',
        expect.stringMatching(/first defined in more-actors.csv at row \(line 2\)/),
      ],
      ['zeta.yaml', 'nodes[1].id', expect.stringMatching(/first defined in more-actors.csv/)],
    ]);
  });

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

  it("a status history shorter than the database's, and an export's history without --restore", async () => {
    const measure = {
      id: 'measure:cn-2026-dual-use-export-ban-jp',
      label: 'Measure',
      kind: 'EXPORT_BAN',
      description: 'Shortened.',
      inferred: true,
      rationale: 'test',
      confidence: 1,
      statusHistory: [{ status: 'ANNOUNCED', on: '2026-01-06', inferred: true, rationale: 'test' }],
    };
    const history = [
      { id: 'company:ztest-zeta', assertedAt: '2026-01-01T00:00:00.000Z', assertedBy: 'x' },
    ];
    const errors = await errorsOf({
      'zeta.yaml': { ...zetaFile(), nodes: [zeta(), measure], history },
    });
    expect(errors.map((e) => [e.path, e.message])).toEqual([
      ['history', expect.stringMatching(/only read by an import with --restore/)],
      [
        'nodes[1].statusHistory',
        expect.stringMatching(/holds \d+ status changes .* may grow, never shrink/),
      ],
    ]);
  });
});
