import { defineConfig, mergeConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';
import base from './vitest.config.ts';

/**
 * For the mutation runs (test/mutation/): the test files in the order MUTATION_TEST_ORDER gives
 * (comma-separated paths), so that the most telling and quickest run first and `--bail` stops a
 * killed mutant early. Without it, the usual order.
 */
class GivenOrder extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const order = (process.env.MUTATION_TEST_ORDER ?? '').split(',').filter(Boolean);
    if (order.length === 0) return super.sort(files);
    const rank = (file: TestSpecification) => {
      const index = order.findIndex((path) => file.moduleId.includes(path));
      return index < 0 ? order.length : index;
    };
    return [...files].sort((a, b) => rank(a) - rank(b));
  }
}

export default mergeConfig(base, defineConfig({ test: { sequence: { sequencer: GivenOrder } } }));
