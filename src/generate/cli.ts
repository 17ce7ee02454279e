/**
 * `npm run generate -- (--firms N | --size small|medium|large) [--seed S] [--out <folder>] [--load]`:
 * a deterministic graph for the benchmark. `--out` writes the normalised files as JSON; `--load`
 * loads them into the benchmark's own Neo4j (instance `bench`, emptied first), never the user's.
 */
import { Command, InvalidArgumentError } from 'commander';
import { BENCH_INSTANCE, startEmptyBenchDatabase } from './bench-database.ts';
import { countOf, generateGraph, SIZES, type SizeName } from './generate.ts';
import { loadGenerated } from './load.ts';
import { writeOut } from './write-out.ts';

const positive = (value: string) => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('expected a whole number ≥ 1');
  return n;
};
const sizeName = (value: string) => {
  if (!(value in SIZES))
    throw new InvalidArgumentError(`expected ${Object.keys(SIZES).join(', ')}`);
  return value as SizeName;
};

const program = new Command('generate')
  .description('Generate a deterministic exposure graph for the benchmark.')
  .option('--firms <n>', 'number of firms', positive)
  .option('--size <name>', `small (1k firms), medium (20k) or large (100k)`, sizeName)
  .option(
    '--seed <text>',
    'seed of the generator: the same seed gives the same graph',
    'exposure-graph',
  )
  .option('--out <folder>', 'write the normalised files as JSON into this folder')
  .option('--load', 'load into the benchmark Neo4j (instance bench, emptied first)')
  .action(
    async (flags: {
      firms?: number;
      size?: SizeName;
      seed: string;
      out?: string;
      load?: boolean;
    }) => {
      const firms = flags.firms ?? SIZES[flags.size ?? 'small'];
      const log = (line: string) => console.error(line);
      const started = performance.now();
      const graph = await generateGraph({ firms, seed: flags.seed });
      const { nodes, relationships } = countOf(graph.files);
      log(
        `Generated ${nodes} nodes and ${relationships} relationships (${firms} firms, seed "${flags.seed}") in ${((performance.now() - started) / 1000).toFixed(1)} s.`,
      );
      if (flags.out) {
        const written = await writeOut(flags.out, graph.files);
        log(`Wrote ${written.length} files under ${flags.out}.`);
      }
      if (flags.load) {
        const bench = await startEmptyBenchDatabase(BENCH_INSTANCE, { apoc: false, log });
        try {
          await loadGenerated(bench.db, graph.files, log);
          log(`The benchmark Neo4j is stopped; its data stays in ${bench.server.home}.`);
        } finally {
          await bench.close();
        }
      }
      if (!flags.out && !flags.load) log('Nothing written: give --out <folder> and/or --load.');
    },
  );

program.parseAsync().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
