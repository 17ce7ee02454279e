// Bad input to an import: every error names its file and its path or line, all come at once, and
// nothing is written (the graph's checksum is unchanged).
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { testDatabase } from '../helpers/database.ts';
import { graphChecksum } from '../helpers/graph-checksum.ts';
import {
  importErrors,
  NOTE,
  removeSeedFolders,
  removeTestData,
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

const errorsOf = importErrors(db);

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
