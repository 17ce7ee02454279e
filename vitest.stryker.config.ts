import { defineConfig, mergeConfig } from 'vitest/config';
import base from './vitest.config.ts';

// For StrykerJS (stryker.config.mjs): the same tests, but the modules a test file imports are
// kept between runs instead of loaded again for each mutant (building the schema takes seconds).
// Stryker switches mutants at run time, and reloads everything itself for static ones.
export default mergeConfig(base, defineConfig({ test: { isolate: false } }));
