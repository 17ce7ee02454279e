// Test data for the import path: every id contains `ztest`, so one query removes all of it (and
// its versions) and the shared graph is left as the seed made it (checked by checksum).
import { spawnSync } from 'node:child_process';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import type { Database } from '../../src/db/database.ts';
import { ImportValidationError, importGraph } from '../../src/load/import.ts';
import { inTransaction } from '../../src/load/session.ts';
import type { SeedError } from '../../src/model/format.ts';
import { retract } from '../../src/mutations/retract.ts';
import { writerFor } from '../../src/mutations/run.ts';
import { testNeo4j } from '../helpers/database.ts';
import { graphChecksum } from '../helpers/graph-checksum.ts';
import { removeSeedFolders, seedFolder } from '../seed/fixtures.ts';

export { removeSeedFolders, seedFolder } from '../seed/fixtures.ts';

export const TEXT = 'Zeta Motors builds cars in Japan. It relies on permanent magnets.';
export const NOTE = { id: 'source:ztest-note', kind: 'ARTICLE', title: 'A test note', text: TEXT };

export const zeta = (overrides: Record<string, unknown> = {}) => ({
  id: 'company:ztest-zeta',
  label: 'Company',
  name: 'Zeta Motors',
  quote: 'Zeta Motors',
  confidence: 1,
  ...overrides,
});

/** Zeta is based in Japan and depends on magnets: both ends of each link are seed nodes. */
export const zetaLinks = (criticality = 0.7) => [
  {
    type: 'BASED_IN',
    from: 'company:ztest-zeta',
    to: 'country:JP',
    quote: 'Zeta Motors builds cars in Japan',
    confidence: 1,
  },
  {
    type: 'DEPENDS_ON',
    from: 'company:ztest-zeta',
    to: 'commodity:permanent-magnets',
    criticality,
    quote: 'It relies on permanent magnets',
    confidence: 0.9,
  },
];

export const zetaFile = (overrides: Record<string, unknown> = {}, criticality?: number) => ({
  sources: [NOTE],
  defaultSourceIds: [NOTE.id],
  nodes: [zeta(overrides)],
  relationships: zetaLinks(criticality),
});

export const BAN = 'measure:ztest-ban';
const inferred = { inferred: true, rationale: 'A test.', confidence: 0.5 };

/** A measure with the status history given, as [status, date] pairs. */
export const banFile = (...history: [status: string, on: string][]) => ({
  sources: [NOTE],
  defaultSourceIds: [NOTE.id],
  nodes: [
    {
      id: BAN,
      label: 'Measure',
      kind: 'EXPORT_BAN',
      description: 'A ban.',
      ...inferred,
      statusHistory: history.map(([status, on]) => ({ status, on, ...inferred })),
    },
  ],
});

/** Retracts a fact as the `retract` mutation does (the import path never retracts). */
export function retractFact(db: Database, id: string): Promise<unknown> {
  return inTransaction(db, true, (run) =>
    retract(run, id, 'Misdated.', writerFor(run, 'api:carol')),
  );
}

export async function removeTestData(db: Database): Promise<void> {
  await db.runText(
    `MATCH (n) WHERE n.id CONTAINS 'ztest' OR n.versionOf CONTAINS 'ztest' DETACH DELETE n`,
    {},
    'WRITE',
  );
}

/**
 * For a file whose tests write only `ztest` data: each test's data removed after it, and at the
 * end the whole graph as the file found it (and its seed folders gone). Gives that checksum, for a
 * test that compares against it on the way.
 */
export function leaveGraphAsFound(db: Database): () => Awaited<ReturnType<typeof graphChecksum>> {
  let before: Awaited<ReturnType<typeof graphChecksum>>;
  beforeAll(async () => {
    before = await graphChecksum(db);
  });
  afterEach(() => removeTestData(db));
  afterAll(async () => {
    await removeSeedFolders();
    expect(await graphChecksum(db)).toEqual(before);
  });
  return () => before;
}

/**
 * Runs a CLI of the project against the test Neo4j, as a user would: the same program in one
 * process (`node --import tsx`, as `npm start` runs the server), without npx's and tsx's
 * launchers, which cost about 0.7 s more per call.
 */
export function runCli(script: 'import' | 'export', args: string[]) {
  const neo4j = testNeo4j();
  const result = spawnSync(process.execPath, ['--import', 'tsx', `src/cli/${script}.ts`, ...args], {
    encoding: 'utf8',
    env: {
      ...process.env,
      NEO4J_URI: neo4j.uri,
      NEO4J_USER: neo4j.user,
      NEO4J_PASSWORD: neo4j.password,
      NEO4J_DATABASE: neo4j.database,
    },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Actors as CSV: `count` companies, numbered, citing the test note. */
export function actorsCsv(count: number, id = (i: number) => `company:ztest-${i}`): string {
  const rows = Array.from(
    { length: count },
    (_, i) => `${id(i)},Company,Firm ${i},${NOTE.id},Japan,1`,
  );
  return ['id,label,name,sourceIds,quote,confidence', ...rows, ''].join('\n');
}

/** Imports `files` expecting validation to refuse them; returns the errors. */
export function importErrors(db: Database) {
  return async (
    files: Record<string, unknown>,
    options: Parameters<typeof importGraph>[2] = {},
  ): Promise<SeedError[]> => {
    const error = await importGraph(db, await seedFolder(files), options).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ImportValidationError);
    return (error as ImportValidationError).errors;
  };
}
