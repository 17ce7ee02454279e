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
    // A limit for hangs, not a speed check (speed lives in `npm run bench`): CI machines run at
    // load averages of 20 and more on two cores, where a test of a minute idle takes three.
    testTimeout: 180_000,
    hookTimeout: 180_000,
  },
});
