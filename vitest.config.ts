import { configDefaults, defineConfig, type ViteUserConfig } from 'vitest/config';
import { testInstances } from './test/helpers/instances.ts';

/**
 * Files that never change the shared graph: they run side by side, before the files that write.
 * Each is checked (test/helpers/read-only.ts): its Database sessions are READ ones, and the
 * database's last commit must be the same after the file as before it. A file not listed here
 * runs in the project "writes", alone on its graph: the safe default for a new file.
 */
export const READ_ONLY_TESTS = [
  'test/auth/cli.test.ts',
  'test/auth/compare.test.ts',
  'test/auth/config.test.ts',
  'test/auth/http.test.ts',
  'test/auth/keys.test.ts',
  'test/auth/logging.test.ts',
  'test/auth/mutations.test.ts',
  'test/browser/saved-queries.test.ts',
  'test/browser/style-sheet.test.ts',
  'test/cli/refusals.test.ts',
  'test/config.test.ts',
  'test/contract/graphql-over-http.test.ts',
  'test/contract/jit.test.ts',
  'test/contract/natural-queries.test.ts',
  'test/contract/partial-answers.test.ts',
  'test/contract/relay.test.ts',
  'test/contract/type-names.test.ts',
  'test/db/cypher-files.test.ts',
  'test/db/warm-up.test.ts',
  'test/exposure/article.test.ts',
  'test/exposure/plans.test.ts',
  'test/fuzz/fuzz.test.ts',
  'test/http.test.ts',
  'test/http/health.test.ts',
  'test/http/refusals.test.ts',
  'test/http/warm-documents.test.ts',
  'test/load/write-plans.test.ts',
  'test/model/node-types.test.ts',
  'test/mutations/auth.test.ts',
  'test/mutations/docs-examples.test.ts',
  'test/observability/logging.test.ts',
  'test/observability/metrics.test.ts',
  'test/observability/tracing.test.ts',
  'test/read/equivalence.test.ts',
  'test/read/plans.test.ts',
  'test/schema-file.test.ts',
  'test/schema/actors.test.ts',
  'test/schema/caption.test.ts',
  'test/schema/commodities.test.ts',
  'test/schema/countries.test.ts',
  'test/schema/dates.test.ts',
  'test/schema/event-links.test.ts',
  'test/schema/figures.test.ts',
  'test/schema/filter-input.test.ts',
  'test/schema/goods.test.ts',
  'test/schema/measures.test.ts',
  'test/schema/node.test.ts',
  'test/schema/organizations.test.ts',
  'test/schema/persons.test.ts',
  'test/schema/readme-example.test.ts',
  'test/schema/search-forgiving.test.ts',
  'test/schema/search.test.ts',
  'test/schema/sectors.test.ts',
  'test/schema/sources.test.ts',
  'test/schema/statements.test.ts',
  'test/schema/trade-and-cost.test.ts',
  'test/security/browser.test.ts',
  'test/security/cost-limit.test.ts',
  'test/security/cost-rule.test.ts',
  'test/security/depth.test.ts',
  'test/security/limits.test.ts',
  'test/security/persisted.test.ts',
  'test/security/production.test.ts',
  'test/security/rate-limit.test.ts',
  'test/security/suggestions.test.ts',
  'test/security/timeout.test.ts',
  'test/seed/coverage-doc.test.ts',
  'test/seed/errors-integrity.test.ts',
  'test/seed/errors-schema.test.ts',
  'test/seed/format.test.ts',
  'test/seed/normalize.test.ts',
  'test/seed/quote-ends.test.ts',
  'test/seed/real-seed.test.ts',
  'test/web/codegen.test.ts',
  'test/web/pages.test.ts',
];

/**
 * What the edit loop (`npm run test:fast`, test/fast.ts) leaves to `npm test`: each needs its own
 * Neo4j, a browser, or minutes. They touch the shared graph no more than to read it.
 */
export const SLOW_TESTS = [
  'test/faults/**/*.test.ts',
  'test/soak/**/*.test.ts',
  'test/bench/**/*.test.ts',
  'test/local-neo4j/**/*.test.ts',
  'test/browser/in-chromium.test.ts',
  'test/web/explorer.test.ts',
];

// graphql 16 ships CommonJS (what Node and Pothos load) and an .mjs copy (what Vite would pick
// for our files); two copies break `instanceof` checks, so everyone gets the one Node loads.
const resolve: ViteUserConfig['resolve'] = {
  alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }],
};

/** One worker of the project "writes" per test Neo4j: each writes alone to its own graph. */
const WRITERS = testInstances().length;

const shared = {
  // One module graph per worker: the schema, the driver and everything else are imported and
  // compiled once per worker instead of once per file. Measured on `npm run test:fast` (2 cores,
  // quiet): 4 min 49 s isolated, 1 min 52 s not. The price: a file must leave no global state
  // behind (spies restored, no module-level mocks), and the query registry (src/db/cypher.ts)
  // holds what earlier files imported too.
  isolate: false,
  // A limit for hangs, not a speed check (speed lives in `npm run bench`): CI machines run at
  // load averages of 20 and more on two cores, where a test of a minute idle takes three.
  testTimeout: 180_000,
  hookTimeout: 180_000,
  // Servers started by tests never build the exposure reach index on the shared graph: the
  // fixtures are written with plain Cypher too, which does not mark it stale. The tests of the
  // index build it themselves and leave it unbuilt (test/exposure/reach-index.test.ts).
  env: { EXPOSURE_REACH_INDEX: 'off' },
};

export default defineConfig({
  resolve,
  test: {
    // One real Neo4j for the whole run, on its own ports and data folder (see the file).
    globalSetup: ['test/global-setup.ts'],
    projects: [
      {
        resolve,
        test: {
          ...shared,
          name: 'read-only',
          include: READ_ONLY_TESTS,
          // First, two files at a time: they only read, so they cannot disturb each other.
          sequence: { groupOrder: 0 },
          fileParallelism: true,
          maxWorkers: 2,
          setupFiles: ['test/helpers/read-only.ts'],
          provide: { readOnly: true, perWorker: false },
        },
      },
      {
        resolve,
        test: {
          ...shared,
          name: 'writes',
          include: ['test/**/*.test.ts'],
          exclude: [...configDefaults.exclude, ...READ_ONLY_TESTS, ...SLOW_TESTS],
          // Then the rest, two files at a time, each alone on a graph: worker n writes to the n-th
          // test Neo4j (test/helpers/instances.ts, testNeo4j in test/helpers/database.ts), one
          // file after another, since some compare checksums of the whole graph before and after.
          sequence: { groupOrder: 1 },
          fileParallelism: WRITERS > 1,
          maxWorkers: WRITERS,
          setupFiles: ['test/helpers/writer-ready.ts'],
          provide: { readOnly: false, perWorker: true },
        },
      },
      {
        resolve,
        test: {
          ...shared,
          name: 'slow',
          include: SLOW_TESTS,
          // Last, two at a time: each brings its own Neo4j instance and ports (or none), and
          // reads the shared graph at most, so they stay out of each other's way. Most of their
          // time is a Neo4j or a browser starting, and waits for it.
          sequence: { groupOrder: 2 },
          fileParallelism: true,
          maxWorkers: 2,
          provide: { readOnly: false, perWorker: false },
        },
      },
    ],
  },
});
