import { defineConfig } from 'vitest/config';

export default defineConfig({
  // graphql 16 ships CommonJS (what Node and Pothos load) and an .mjs copy (what Vite would pick
  // for our files); two copies break `instanceof` checks, so everyone gets the one Node loads.
  resolve: { alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }] },
  test: {
    include: ['test/**/*.test.ts'],
    // One real Neo4j for the whole run, on its own ports and data folder (see the file).
    globalSetup: ['test/global-setup.ts'],
    // Files share one database and some compare checksums of the whole graph: run them in turn.
    fileParallelism: false,
    // One module graph for every file, as they run in turn anyway: the schema, the driver and
    // everything else are imported and compiled once instead of once per file. Measured on
    // `npm run test:fast` (2 cores, quiet): 4 min 49 s isolated, 1 min 52 s not. The price: a
    // file must leave no global state behind (spies restored, no module-level mocks), and the
    // query registry (src/db/cypher.ts) holds what earlier files imported too.
    isolate: false,
    // A limit for hangs, not a speed check (speed lives in `npm run bench`): CI machines run at
    // load averages of 20 and more on two cores, where a test of a minute idle takes three.
    testTimeout: 180_000,
    hookTimeout: 180_000,
  },
});
