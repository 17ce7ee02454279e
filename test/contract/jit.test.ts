// Production executes with graphql-jit (src/graphql-jit.ts), development and most tests with
// graphql-js: the two must answer alike, byte for byte, errors and their locations included.
// Every natural front-end query, persisted document, benchmark question, every field of each kind
// of node, random selections of the read corpus and a few errors, through both, in production
// mode.
import { readdirSync, readFileSync } from 'node:fs';
import { isObjectType } from 'graphql';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { schema } from '../../src/schema/index.ts';
import { NODE_LABELS } from '../../src/schema/nodes/node-refs.ts';
import { securityFromConfig } from '../../src/security/settings.ts';
import { createApp } from '../../src/yoga.ts';
import { OUR_QUERIES } from '../bench/ours-cases.ts';
import { testDatabase } from '../helpers/database.ts';
import { globalId } from '../helpers/graphql.ts';
import { everyField, randomQueries } from '../read/query-corpus.ts';

const db = testDatabase();
// graphql-jit complains on the console about what it cannot compile as graphql-js runs it.
const consoleErrors = vi.spyOn(console, 'error');
// Files share one module graph (vitest.config.ts, isolate: false): give the console back.
afterAll(() => consoleErrors.mockRestore());
const security = securityFromConfig(loadConfig({ NODE_ENV: 'production', RATE_LIMIT: '0' }));
const jit = createApp({ db, security: { ...security, jit: true } });
const interpreted = createApp({ db, security: { ...security, jit: false } });
const RANDOM_SELECTIONS = Math.min(30, Number(process.env.TEST_RANDOM_SELECTIONS ?? 30));

const MEASURE = globalId('Measure', 'measure:cn-2026-dual-use-export-ban-jp');
const FIRM = globalId('Company', 'company:kawasaki-heavy-industries');

async function answer(app: typeof jit, query: string, variables: Record<string, unknown>) {
  const response = await app.fetch('http://localhost/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

/** The same status and the same JSON (graphql-jit writes `data` before `errors`: same value). */
async function expectAlike(query: string, variables: Record<string, unknown> = {}) {
  const compiled = await answer(jit, query, variables);
  expect(compiled, query).toEqual(await answer(interpreted, query, variables));
  return compiled;
}

const graphqlFiles = (folder: URL) =>
  readdirSync(folder)
    .filter((file) => file.endsWith('.graphql'))
    .sort()
    .map((file) => [file, readFileSync(new URL(file, folder), 'utf8')] as const);

// Each case runs many documents twice: a loaded run needs minutes, not the default 60 s.
describe('graphql-jit answers as graphql-js does', { timeout: 300_000 }, () => {
  it.each(graphqlFiles(new URL('./natural/', import.meta.url)))('%s', async (_file, query) => {
    await expectAlike(query);
  });

  it('the persisted documents', async () => {
    const variables: Record<string, Record<string, unknown>> = {
      'ExposedFirms.graphql': { measure: MEASURE },
      'Search.graphql': { query: 'rare earth' },
    };
    for (const [file, query] of graphqlFiles(
      new URL('../../persisted-documents/', import.meta.url),
    ))
      await expectAlike(query, variables[file] ?? {});
  });

  it('the benchmark’s questions', async () => {
    const variables: Record<string, Record<string, unknown>> = {
      node: { id: FIRM },
      measure: { id: MEASURE },
      measuresPage: { kinds: ['EXPORT_CONTROL'] },
      search: { query: 'rare' },
      exposure: { firm: FIRM, asOf: '2026-06-30' },
      exposedFirms: { measure: MEASURE, asOf: '2026-06-30' },
      timeline: { from: '2010-01-01', to: '2026-12-31' },
    };
    for (const [name, query] of Object.entries(OUR_QUERIES))
      await expectAlike(query, variables[name] ?? {});
  });

  it('every field of one node of each kind', async () => {
    for (const label of NODE_LABELS) {
      const type = schema.getType(label);
      if (!isObjectType(type)) throw new Error(`${label} is not an object type`);
      const [row] = await db.runText<{ id: string }>(
        'MATCH (n:$($label)) RETURN n.id AS id ORDER BY id LIMIT 1',
        { label },
      );
      if (!row) continue;
      await expectAlike(
        `query($id: ID!) { node(id: $id) { ... on ${label} { ${everyField(type)} } } }`,
        {
          id: globalId(label, row.id),
        },
      );
    }
  });

  it(`${RANDOM_SELECTIONS} random selections (seed 20261205)`, async () => {
    const rows = await db.runText<{ id: string; label: string }>(
      `MATCH (n:Measure|Country|Company|Event|Commodity) WHERE n.retractedAt IS NULL
       RETURN n.id AS id, [l IN labels(n) WHERE l IN ['Measure', 'Country', 'Company', 'Event', 'Commodity']][0] AS label
       ORDER BY id LIMIT 60`,
    );
    const ids = rows.map((row) => globalId(row.label, row.id));
    for (const { query, variables } of randomQueries(schema, 20261205, RANDOM_SELECTIONS, ids))
      await expectAlike(query, variables);
  }, 600_000);

  it('errors: a field’s typed error, a bad argument, a bad variable, a timeout-free failure', async () => {
    // A root field's bad argument: located at the field, its siblings still answered.
    const bad = await expectAlike(`{ version node(id: "nonsense") { id } }`);
    expect(bad.body.errors).toMatchObject([{ locations: [{ line: 1, column: 11 }] }]);
    await expectAlike(
      `query($k: [SearchKind!]) { search(query: "japan", kinds: $k) { edges { score } } }`,
      {
        k: ['ACTR'],
      },
    );
    await expectAlike(
      `query($f: MeasureFilter) { measures(filter: $f, first: 2) { edges { node { id } } } }`,
      { f: { knd: ['TARIFF'] } },
    );
    await expectAlike(`{ measures(first: 500) { edges { node { id } } } }`);
    await expectAlike(`{ exposure(firm: "${globalId('Country', 'country:JP')}") { __typename } }`);
    await expectAlike(`{ events(filter: {between: {from: "2025-02-30"}}) { totalCount } }`);
    // An operation whose root type the schema lacks: graphql-jit threw (HTTP 500; found by fuzzing).
    const subscription = await expectAlike('subscription { version }');
    expect(subscription.body.errors).toMatchObject([
      { message: 'Schema is not configured to execute subscription operation.' },
    ]);
  });

  it('compiled every document above without a complaint (a Date literal once logged one)', () => {
    const complaints = consoleErrors.mock.calls.map((call) => String(call[0]));
    expect(complaints.filter((line) => /not supported/i.test(line))).toEqual([]);
  });
});
