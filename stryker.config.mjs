// StrykerJS for the rule modules, one group at a time: `npm run mutation` (test/mutation/run.ts)
// passes each group's files to mutate and the test files that guard them. Run alone, as
// `npx stryker run -m <files> -t <test files>`, it needs a test Neo4j at NEO4J_TEST_URI.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.config.ts', related: false },
  // Per test: each mutant runs only the tests that reach it.
  coverageAnalysis: 'perTest',
  // The tests share one Neo4j and compare checksums of the whole graph: one worker only.
  concurrency: 1,
  timeoutMS: 30_000,
  dryRunTimeoutMinutes: 30,
  reporters: ['json', 'html', 'clear-text', 'progress'],
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  clearTextReporter: { allowColor: false, logTests: false, reportMutants: true },
  // The project's TypeScript (7, native) has no JavaScript API for Stryker's tsconfig rewriting,
  // which only matters for `extends`/`references` outside the project: there are none.
  tsconfigFile: 'stryker-needs-no-tsconfig.json',
  ignorePatterns: ['/.neo4j', '/reports', '/scratch', '/coverage', '/dist'],
  cleanTempDir: 'always',
  thresholds: { high: 90, low: 85, break: null },
};
