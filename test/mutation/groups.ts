/**
 * The rule modules that mutation testing covers, in groups: each group's modules are mutated
 * together and run against the test files that guard them (and only those: a whole `npm test`
 * per mutant would take days). docs/mutation.md has the last scores.
 */
export interface MutationGroup {
  /** What the group's rules decide, for the report. */
  about: string;
  mutate: string[];
  tests: string[];
}

export const GROUPS: Record<string, MutationGroup> = {
  exposure: {
    about: 'exposure scoring and weights',
    mutate: [
      'src/exposure/score.ts',
      'src/exposure/weights.ts',
      'src/exposure/paths.ts',
      'src/exposure/exposure.ts',
      'src/exposure/targets.ts',
    ],
    tests: [
      'test/exposure/weights.test.ts',
      'test/exposure/paths.test.ts',
      'test/exposure/max-hops.test.ts',
      'test/exposure/planted.test.ts',
      'test/exposure/article.test.ts',
      'test/exposure/boundary-days.test.ts',
      'test/exposure/retraction.test.ts',
      'test/exposure/known-at.test.ts',
    ],
  },
  time: {
    about: 'as-of and knowledge time: dates, status history, retraction',
    mutate: [
      'src/schema/scalars.ts',
      'src/db/measures.ts',
      'src/model/status-history.ts',
      'src/mutations/retract.ts',
    ],
    tests: [
      'test/schema/dates.test.ts',
      'test/schema/filter-input.test.ts',
      'test/schema-file.test.ts',
      'test/exposure/boundary-days.test.ts',
      'test/mutations/knowledge-time.test.ts',
      'test/mutations/retraction.test.ts',
      'test/load/history.test.ts',
      'test/schema/measures.test.ts',
      'test/exposure/known-at.test.ts',
    ],
  },
  auth: {
    about: 'API keys, roles and scopes',
    mutate: ['src/auth/*.ts'],
    tests: ['test/auth/*.test.ts', 'test/mutations/auth.test.ts'],
  },
  limits: {
    about: 'request limits and error masking',
    mutate: [
      'src/security/cost.ts',
      'src/security/document-limits.ts',
      'src/security/masking.ts',
      'src/security/errors.ts',
      'src/mutations/limits.ts',
    ],
    tests: [
      'test/security/limits.test.ts',
      'test/security/cost-limit.test.ts',
      'test/security/cost-rule.test.ts',
      'test/security/production.test.ts',
      'test/mutations/bad-input.test.ts',
    ],
  },
  validation: {
    about: 'seed, import and mutation validation',
    mutate: [
      'src/model/format-primitives.ts',
      'src/model/format-nodes.ts',
      'src/model/format-relationships.ts',
      'src/model/format-measure.ts',
      'src/model/format-history.ts',
      'src/load/read/integrity.ts',
      'src/model/check-sources.ts',
      'src/mutations/validate.ts',
    ],
    tests: [
      'test/seed/format.test.ts',
      'test/seed/errors-schema.test.ts',
      'test/seed/errors-integrity.test.ts',
      'test/seed/normalize.test.ts',
      'test/load/csv-errors.test.ts',
      'test/load/import-errors.test.ts',
      'test/mutations/bad-input.test.ts',
    ],
  },
};
