// The schema stays Relay-ready: relay-compiler (the version front ends use) compiles, against the
// committed schema.graphql, the fragments a Relay app would write: `@connection` on the paginated
// exposure fields (`exposedFirms`, `explain`), on `search`, and on a nested connection (a measure's
// `covers`, a country's measures), `@refetchable` on a node type (the `Node` interface and
// `node(id:)`) and on Query. Offline, no database: the compiler reads the files of a temporary
// folder.
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const COMPILER = createRequire(import.meta.url).resolve('relay-compiler/cli.js');
const SCHEMA = readFileSync(new URL('../../schema.graphql', import.meta.url), 'utf8');

/** One module per file, named as Relay requires: operations and fragments start with it. */
const MODULES: Record<string, string> = {
  'ExposedFirmsList.ts': `
    graphql\`
      query ExposedFirmsListQuery($measure: ID!) {
        ...ExposedFirmsList_query @arguments(measure: $measure)
      }
    \`;
    graphql\`
      fragment ExposedFirmsList_query on Query
      @refetchable(queryName: "ExposedFirmsListPaginationQuery")
      @argumentDefinitions(
        measure: { type: "ID!" }
        asOf: { type: "Date" }
        first: { type: "Int", defaultValue: 20 }
        after: { type: "String" }
      ) {
        exposedFirms(measure: $measure, asOf: $asOf, first: $first, after: $after)
          @connection(key: "ExposedFirmsList_exposedFirms") {
          totalCount
          uncertain
          error {
            __typename
            ... on Error { message }
            ... on WrongKindError { expected found }
          }
          edges { node { score firm { id label } path { status } } }
        }
      }
    \`;`,
  'ExplainPaths.ts': `
    graphql\`
      fragment ExplainPaths_query on Query
      @refetchable(queryName: "ExplainPathsPaginationQuery")
      @argumentDefinitions(
        from: { type: "ID!" }
        to: { type: "ID!" }
        first: { type: "Int", defaultValue: 10 }
        after: { type: "String" }
      ) {
        explain(from: $from, to: $to, first: $first, after: $after)
          @connection(key: "ExplainPaths_explain") {
          error { __typename ... on NotFoundError { id message } }
          edges { node { score length } }
        }
      }
    \`;`,
  'SearchResults.ts': `
    graphql\`
      query SearchResultsQuery($query: String!) {
        ...SearchResults_query @arguments(query: $query)
      }
    \`;
    graphql\`
      fragment SearchResults_query on Query
      @refetchable(queryName: "SearchResultsPaginationQuery")
      @argumentDefinitions(
        query: { type: "String!" }
        kinds: { type: "[SearchKind!]" }
        first: { type: "Int", defaultValue: 20 }
        after: { type: "String" }
      ) {
        search(query: $query, kinds: $kinds, first: $first, after: $after)
          @connection(key: "SearchResults_search") {
          edges {
            score
            field
            snippet
            fuzzy
            node { __typename id label ... on Company { name } }
          }
        }
      }
    \`;`,
  'MeasureCovers.ts': `
    graphql\`
      fragment MeasureCovers_measure on Measure
      @refetchable(queryName: "MeasureCoversPaginationQuery")
      @argumentDefinitions(
        first: { type: "Int", defaultValue: 10 }
        after: { type: "String" }
      ) {
        id
        label
        covers(first: $first, after: $after) @connection(key: "MeasureCovers_covers") {
          totalCount
          edges { quote node { __typename ... on Node { id label } } }
        }
      }
    \`;`,
  'CountryMeasures.ts': `
    graphql\`
      fragment CountryMeasures_country on Country
      @refetchable(queryName: "CountryMeasuresPaginationQuery")
      @argumentDefinitions(
        first: { type: "Int", defaultValue: 10 }
        after: { type: "String" }
      ) {
        id
        label
        measuresTargeting(first: $first, after: $after)
          @connection(key: "CountryMeasures_measuresTargeting") {
          edges { node { id label status } }
        }
      }
    \`;`,
};

const folders: string[] = [];
afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

/** Runs relay-compiler on MODULES against `schema`; resolves to its output, rejects on errors. */
async function compile(schema: string, modules: Record<string, string> = MODULES) {
  const root = mkdtempSync(path.join(tmpdir(), 'relay-contract-'));
  folders.push(root);
  mkdirSync(path.join(root, 'src'));
  writeFileSync(path.join(root, 'schema.graphql'), schema);
  writeFileSync(
    path.join(root, 'relay.config.json'),
    JSON.stringify({ src: './src', schema: './schema.graphql', language: 'typescript' }),
  );
  for (const [file, text] of Object.entries(modules)) {
    writeFileSync(
      path.join(root, 'src', file),
      `import { graphql } from 'relay-runtime';\n${text}\n`,
    );
  }
  const { stdout, stderr } = await run(process.execPath, [COMPILER], { cwd: root });
  return `${stdout}${stderr}`;
}

describe('Relay (relay-compiler 21)', () => {
  it('compiles @connection on exposedFirms, explain, search and nested connections, @refetchable on node types', async () => {
    await expect(compile(SCHEMA)).resolves.toBeDefined();
  });

  it('refuses a connection wrapped in a result union (so the test above can fail)', async () => {
    // The shape this replaced: `exposedFirms: QueryExposedFirmsResult`, a union around it, which
    // a client can only reach through an inline fragment.
    const wrapped = `${SCHEMA.replace(
      '): QueryExposedFirmsConnection\n',
      '): ExposedFirmsWrapped\n',
    )}\nunion ExposedFirmsWrapped = NotFoundError | QueryExposedFirmsConnection\n`;
    expect(wrapped).toContain('): ExposedFirmsWrapped');
    const failure = await compile(wrapped, {
      'WrappedFirms.ts': `
        graphql\`
          query WrappedFirmsQuery($measure: ID!, $first: Int, $after: String) {
            exposedFirms(measure: $measure, first: $first, after: $after)
              @connection(key: "WrappedFirms_exposedFirms") {
              ... on QueryExposedFirmsConnection { edges { node { score } } }
            }
          }
        \`;`,
    }).then(
      () => '',
      (error: { stdout?: string; stderr?: string }) => `${error.stdout}${error.stderr}`,
    );
    expect(failure).toMatch(/non-plural interface or object/);
  });
});
