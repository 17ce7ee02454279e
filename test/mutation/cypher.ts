/**
 * `npm run mutation:cypher [-- <path prefix> …] [--survivors] [--list]`: mutates the comparison
 * operators and `IS NULL` filters of cypher/**\/*.cypher one at a time (cypher-mutants.ts), runs
 * the tests that exercise the file (stopping at the first failure) and reports each mutant
 * killed or survived. Runs in a copy of the checkout (nothing here is ever left mutated), against
 * the test Neo4j of neo4j.ts. `--survivors` re-tests only the survivors of the last report
 * (reports/mutation/cypher.json); `--list` only lists the mutants.
 */
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type CypherMutant, cypherMutants, testsFor } from './cypher-mutants.ts';
import { testNeo4j } from './neo4j.ts';
import { machine } from './score.ts';

const args = process.argv.slice(2);
const prefixes = args.filter((arg) => !arg.startsWith('--'));
const REPORT = 'reports/mutation/cypher.json';
type Outcome = 'killed' | 'survived' | 'timeout';
type Result = Omit<CypherMutant, 'text'> & {
  outcome: Outcome;
  seconds: number;
  code: string;
  /** The first test that failed. */
  by?: string;
};
const keyOf = (m: Omit<CypherMutant, 'text'>) => `${m.file}:${m.line}:${m.column}:${m.original}`;

const cypherFiles = readdirSync('cypher', { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.cypher'))
  .map((file) => `cypher/${file}`)
  .filter((file) => !file.startsWith('cypher/schema/'))
  .filter((file) => prefixes.length === 0 || prefixes.some((p) => file.startsWith(p)))
  .sort();
let mutants = cypherFiles.flatMap((file) => cypherMutants(file, readFileSync(file, 'utf8')));
if (args.includes('--survivors')) {
  const last = JSON.parse(readFileSync(REPORT, 'utf8')) as { results: Result[] };
  const survived = new Set(last.results.filter((r) => r.outcome === 'survived').map(keyOf));
  mutants = mutants.filter((m) => survived.has(keyOf(m)));
}
const lineOf = (m: CypherMutant) => (m.text.split('\n')[m.line - 1] ?? '').trim();
if (args.includes('--list')) {
  for (const m of mutants)
    console.log(`${m.file}:${m.line}:${m.column} ${m.original} → ${m.replacement}`);
  process.exit(0);
}

// A copy of the checkout with node_modules linked: the mutated file lives only there.
const sandbox = mkdtempSync(join(tmpdir(), 'cypher-mutation-'));
const skip = new Set([
  'node_modules',
  '.git',
  '.neo4j',
  'reports',
  '.stryker-tmp',
  'coverage',
  'dist',
  'scratch',
]);
for (const entry of readdirSync('.')) {
  if (!skip.has(entry)) cpSync(entry, join(sandbox, entry), { recursive: true });
}
symlinkSync(join(process.cwd(), 'node_modules'), join(sandbox, 'node_modules'));

const neo4j = await testNeo4j();
const started = Date.now();
const TIMEOUT_MS = 15 * 60_000;
// Results accumulate across runs (one path prefix at a time), written after every mutant.
mkdirSync('reports/mutation', { recursive: true });
const earlier: Result[] = existsSync(REPORT)
  ? (JSON.parse(readFileSync(REPORT, 'utf8')) as { results: Result[] }).results
  : [];
const results = new Map(earlier.map((r) => [keyOf(r), r]));
const save = () => {
  const minutes = Math.round((Date.now() - started) / 60_000);
  const run = { date: new Date(started).toISOString(), minutes, machine: machine() };
  const all = [...results.values()].sort((a, b) =>
    keyOf(a).localeCompare(keyOf(b), 'en', { numeric: true }),
  );
  writeFileSync(REPORT, JSON.stringify({ run, results: all }, null, 2));
  return { run, all };
};

/** Runs `tests` in the sandbox; whether they all pass, and the end of their output. */
function testsPass(tests: string[]) {
  const run = spawnSync(
    'npx',
    ['vitest', 'run', '--config', 'vitest.mutation.config.ts', '--bail=1', ...tests],
    {
      cwd: sandbox,
      encoding: 'utf8',
      timeout: TIMEOUT_MS,
      env: {
        ...process.env,
        NO_COLOR: '1',
        NEO4J_TEST_URI: neo4j.uri,
        MUTATION_TEST_ORDER: tests.join(','),
      },
    },
  );
  const output = `${run.stdout ?? ''}${run.stderr ?? ''}`;
  const timedOut = run.error !== undefined && run.signal === 'SIGTERM';
  return { pass: run.status === 0, timedOut, output };
}

try {
  // The tests must pass on the unmutated files first, or every mutant would look killed.
  const baseline = [...new Set(mutants.flatMap((m) => testsFor(m.file)))];
  const unmutated = baseline.length > 0 ? testsPass(baseline) : undefined;
  if (unmutated && !unmutated.pass) {
    throw new Error(`The tests fail without any mutant:\n${unmutated.output.slice(-4000)}`);
  }
  for (const [index, mutant] of mutants.entries()) {
    const tests = testsFor(mutant.file);
    const target = join(sandbox, mutant.file);
    const original = readFileSync(target, 'utf8');
    const t0 = Date.now();
    writeFileSync(target, mutant.text);
    const run = tests.length > 0 ? testsPass(tests) : undefined;
    writeFileSync(target, original);
    const outcome: Outcome = !run || run.pass ? 'survived' : run.timedOut ? 'timeout' : 'killed';
    const { text: _text, ...where } = mutant;
    const seconds = Math.round((Date.now() - t0) / 1000);
    const failed = run ? /FAIL +(\S+) > (.+)/.exec(run.output) : null;
    const by = failed ? `${failed[1]} > ${failed[2]}` : undefined;
    results.set(keyOf(mutant), {
      ...where,
      outcome,
      seconds,
      code: lineOf(mutant),
      ...(by ? { by } : {}),
    });
    save();
    const at = `${mutant.file}:${mutant.line}:${mutant.column}`;
    console.log(
      `[${index + 1}/${mutants.length}] ${outcome.padEnd(8)} ${at} ${mutant.original} → ${mutant.replacement} (${seconds} s)`,
    );
  }
} finally {
  await neo4j.close();
  rmSync(sandbox, { recursive: true, force: true });
}

const { run, all } = save();
console.log(
  `\nCypher mutation run of ${run.date.slice(0, 10)}, ${run.minutes} min on ${run.machine}`,
);
const files = [...new Set(all.map((r) => r.file))];
for (const file of files) {
  const rs = all.filter((r) => r.file === file);
  console.log(`${file}: ${rs.filter((r) => r.outcome !== 'survived').length}/${rs.length} killed`);
  for (const r of rs.filter((x) => x.outcome === 'survived')) {
    console.log(`  survived ${r.line}:${r.column} ${r.original} → ${r.replacement}   ${r.code}`);
  }
}
const killed = all.filter((r) => r.outcome !== 'survived').length;
console.log(`all: ${killed}/${all.length} killed`);
