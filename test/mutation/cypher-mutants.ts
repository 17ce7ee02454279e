/**
 * Mutants of a Cypher file, one change each: a comparison operator turned into its neighbour
 * (`<=` → `<`, `>` → `>=` …) or an `IS NULL` filter negated. These hold the rules that live in
 * Cypher (dates, retraction, knowledge time), which Stryker does not mutate. Comments and string
 * literals are left alone, and so are the arrows of patterns (`<-`, `->`).
 */
export interface CypherMutant {
  file: string;
  line: number;
  column: number;
  original: string;
  replacement: string;
  /** The whole file with this one change. */
  text: string;
}

const REPLACEMENT: Record<string, string> = {
  '<=': '<',
  '>=': '>',
  '<': '<=',
  '>': '>=',
  '<>': '=',
  'IS NULL': 'IS NOT NULL',
  'IS NOT NULL': 'IS NULL',
};
const OPERATORS = /IS NOT NULL|IS NULL|<=|>=|<>|<|>/g;

/** The line with comments and the insides of string literals blanked (same length). */
export function codeOf(line: string): string {
  let code = '';
  let quote: string | null = null;
  for (let i = 0; i < line.length; i++) {
    const char = line[i] as string;
    if (quote) {
      if (char === '\\') {
        code += '  ';
        i++;
      } else if (char === quote) {
        code += char;
        quote = null;
      } else code += ' ';
    } else if (char === '/' && line[i + 1] === '/') {
      return code.padEnd(line.length, ' ');
    } else {
      if (char === "'" || char === '"') quote = char;
      code += char;
    }
  }
  return code;
}

export function cypherMutants(file: string, text: string): CypherMutant[] {
  const lines = text.split('\n');
  const mutants: CypherMutant[] = [];
  lines.forEach((line, index) => {
    const code = codeOf(line);
    for (const match of code.matchAll(OPERATORS)) {
      const [original] = match;
      const at = match.index;
      // Arrows of a pattern: `<-[`, `<--`, `]->`, `-->`.
      if (original.startsWith('<') && code[at + original.length] === '-') continue;
      if (original === '>' && code[at - 1] === '-') continue;
      const replacement = REPLACEMENT[original] as string;
      const mutated = line.slice(0, at) + replacement + line.slice(at + original.length);
      mutants.push({
        file,
        line: index + 1,
        column: at + 1,
        original,
        replacement,
        text: [...lines.slice(0, index), mutated, ...lines.slice(index + 1)].join('\n'),
      });
    }
  });
  return mutants;
}

/**
 * The tests that exercise each Cypher file, first match wins, most telling (and quickest) first:
 * a mutant is killed by the first failure.
 */
export const CYPHER_TESTS: [prefix: string, tests: string[]][] = [
  ['cypher/exposure/find-shortest-paths', ['test/exposure/explain.test.ts']],
  [
    'cypher/exposure/find-measure',
    [
      'test/exposure/weights.test.ts',
      'test/exposure/known-at.test.ts',
      'test/exposure/boundary-days.test.ts',
      'test/exposure/retraction.test.ts',
      'test/exposure/article.test.ts',
      'test/mutations/knowledge-time.test.ts',
    ],
  ],
  [
    'cypher/exposure/',
    [
      'test/exposure/weights.test.ts',
      'test/exposure/known-at.test.ts',
      'test/exposure/paths.test.ts',
      'test/exposure/max-hops.test.ts',
      'test/exposure/planted.test.ts',
      'test/exposure/retraction.test.ts',
      'test/exposure/article.test.ts',
      'test/mutations/knowledge-time.test.ts',
    ],
  ],
  [
    'cypher/read/',
    [
      'test/exposure/boundary-days.test.ts',
      'test/mutations/knowledge-time.test.ts',
      'test/mutations/retracted-lists.test.ts',
      'test/mutations/retracted-sources.test.ts',
      'test/schema/',
    ],
  ],
  [
    'cypher/load/',
    [
      'test/load/history.test.ts',
      'test/load/seed.test.ts',
      'test/load/atomicity.test.ts',
      'test/load/concurrency.test.ts',
      'test/cli/round-trip.test.ts',
    ],
  ],
  ['cypher/mutations/', ['test/mutations/']],
  ['cypher/browser/', ['test/browser/saved-queries.test.ts']],
  ['cypher/bench/', ['test/bench/smoke.test.ts']],
];

export const testsFor = (file: string): string[] =>
  CYPHER_TESTS.find(([prefix]) => file.startsWith(prefix))?.[1] ?? [];
