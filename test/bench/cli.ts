/**
 * `npm run bench -- --size small|medium|large [--duration s] [--rounds n]`: starts what it needs (the
 * benchmark Neo4j, the generated graph, our server, the floor, the peer), measures, prints the
 * table and writes it to docs/bench/<size>-<date>.md.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Command, InvalidArgumentError } from 'commander';
import { BENCH_INSTANCE } from '../../src/generate/bench-database.ts';
import { SIZES, type SizeName } from '../../src/generate/generate.ts';
import type { CaseName } from './flows.ts';
import { renderReport, type TargetName } from './report.ts';
import { ALL_CASES, runBenchmark } from './run-benchmark.ts';

const DOCS = fileURLToPath(new URL('../../docs/bench/', import.meta.url));
const list = (value: string) =>
  value
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
const numbers = (value: string) => list(value).map(Number);
const seconds = (value: string) => {
  const n = Number(value);
  if (!(n > 0)) throw new InvalidArgumentError('expected a number of seconds > 0');
  return n;
};
const positive = (value: string) => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('expected a whole number ≥ 1');
  return n;
};
const secondsOrNone = (value: string) => (Number(value) === 0 ? 0 : seconds(value));

const program = new Command('bench')
  .description(
    'Benchmark our GraphQL API against the floor (Cypher, no GraphQL) and the peer (@neo4j/graphql).',
  )
  .option('--size <name>', 'small (1k firms), medium (20k) or large (100k)', 'small')
  .option('--firms <n>', 'a number of firms instead of a named size', Number)
  .option('--duration <s>', 'seconds of load per case, target, concurrency and round', seconds, 3)
  .option(
    '--rounds <n>',
    'rounds per case and concurrency, every target once per round; figures are medians',
    positive,
    3,
  )
  .option(
    '--warmup-answers <n>',
    'answers per case and target fetched one by one first',
    Number,
    32,
  )
  .option('--answers <n>', 'measure each run by a number of answers instead of --duration', Number)
  .option(
    '--warmup <s>',
    'seconds of mixed load per target before measuring (0: none)',
    secondsOrNone,
    10,
  )
  .option(
    '--cell-warmup <s>',
    'seconds of the same case and concurrency before each measured run, discarded (0: none)',
    secondsOrNone,
    1,
  )
  .option('--concurrency <list>', 'concurrent connections, comma-separated', numbers, [1, 8, 32])
  .option('--cases <list>', `cases to measure: ${ALL_CASES.join(', ')}`, list, ALL_CASES)
  .option('--targets <list>', 'ours, floor, peer', list, ['ours', 'floor', 'peer'])
  .option('--seed <text>', 'seed of the generator', 'exposure-graph')
  .option(
    '--reuse-graph',
    'keep the benchmark store when it holds this seed and size already (skips the load; for iterating, not for published tables)',
  )
  .option('--profile <folder>', 'write a V8 CPU profile of each server into <folder>/<target>/')
  .option('--out <file>', 'where to write the table (default docs/bench/<size>-<date>.md)')
  .action(async (flags) => {
    if (!(flags.size in SIZES) && !flags.firms) throw new Error(`unknown size ${flags.size}`);
    if (flags.profile) process.env.BENCH_PROFILE_DIR = path.resolve(flags.profile);
    const size = flags.firms ? `${flags.firms} firms` : flags.size;
    const { meta, load, rows } = await runBenchmark({
      size,
      firms: flags.firms ?? SIZES[flags.size as SizeName],
      seed: flags.seed,
      seconds: flags.duration,
      rounds: flags.rounds,
      warmupSeconds: flags.warmup,
      cellWarmupSeconds: flags.cellWarmup,
      warmupAnswers: flags.warmupAnswers,
      ...(flags.answers ? { answers: flags.answers } : {}),
      reuseGraph: flags.reuseGraph === true,
      concurrencies: flags.concurrency,
      cases: flags.cases as (CaseName | 'mix')[],
      targets: flags.targets as TargetName[],
      instance: BENCH_INSTANCE,
      log: (line) => console.error(line),
    });
    const markdown = renderReport(meta, load, rows);
    const out = flags.out ?? path.join(DOCS, `${size.replaceAll(' ', '-')}-${meta.date}.md`);
    await mkdir(path.dirname(out), { recursive: true });
    await writeFile(out, markdown);
    console.log(markdown);
    console.error(`Written to ${out}`);
  });

program.parseAsync().catch((error: Error) => {
  console.error(error.stack ?? error.message);
  process.exit(1);
});
