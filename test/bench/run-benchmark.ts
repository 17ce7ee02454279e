/**
 * The whole benchmark, unattended: generate the graph, start the benchmark's own Neo4j empty,
 * load the graph through the project's writer, start each target's server, check and warm up
 * every case, then measure each case alone and the mix at each concurrency, target after target
 * (so all targets meet the same caches), and return the measurements.
 */
import { type BenchInstance, startEmptyBenchDatabase } from '../../src/generate/bench-database.ts';
import { generateGraph } from '../../src/generate/generate.ts';
import { type LoadReport, loadGenerated } from '../../src/generate/load.ts';
import { drive } from './drive.ts';
import { CASES, type CaseName, type Flow } from './flows.ts';
import type { BenchMeta, Measurement, TargetName } from './report.ts';
import { pickSamples } from './samples.ts';
import { type ServerUnderTest, startServer } from './servers.ts';
import { TARGETS } from './targets.ts';
import { answerOnce } from './warm-up.ts';

export interface BenchOptions {
  size: string;
  firms: number;
  seed: string;
  seconds: number;
  warmupSeconds: number;
  /** Answers fetched one by one per case and target before measuring (checks and warms). */
  warmupAnswers: number;
  concurrencies: number[];
  cases: (CaseName | 'mix')[];
  targets: TargetName[];
  instance: BenchInstance;
  log: (line: string) => void;
}

export async function runBenchmark(
  options: BenchOptions,
): Promise<{ meta: BenchMeta; load: LoadReport; rows: Measurement[] }> {
  const { log } = options;
  const graph = await generateGraph({ firms: options.firms, seed: options.seed });
  const bench = await startEmptyBenchDatabase(options.instance, {
    apoc: options.targets.includes('peer'),
    log,
  });
  const servers: ServerUnderTest[] = [];
  try {
    const load = await loadGenerated(bench.db, graph.files, log);
    const [component] = await bench.db.runText<{ version: string }>(
      'CALL dbms.components() YIELD versions RETURN versions[0] AS version',
    );
    const samples = pickSamples(graph);
    const flowsOf = new Map<TargetName, Flow[]>();
    for (const target of options.targets) {
      servers.push(await startServer(target, TARGETS[target].entry, bench.settings));
      flowsOf.set(target, TARGETS[target].flows(samples));
    }
    for (const server of servers) {
      const flows = flowsOf.get(server.name as TargetName) ?? [];
      log(`Checking and warming up ${server.name}...`);
      for (const flow of flows) {
        for (let i = 0; i < options.warmupAnswers; i++) await answerOnce(server.url, flow);
      }
      if (options.warmupSeconds > 0) {
        await drive(server.url, flows, { connections: 8, seconds: options.warmupSeconds });
      }
    }
    const rows: Measurement[] = [];
    for (const name of options.cases) {
      for (const concurrency of options.concurrencies) {
        for (const server of servers) {
          const all = flowsOf.get(server.name as TargetName) ?? [];
          const flows = name === 'mix' ? all : all.filter((f) => f.name === name);
          const before = await server.stats();
          const result = await drive(server.url, flows, {
            connections: concurrency,
            seconds: options.seconds,
          });
          const after = await server.stats();
          const answers = result.answers + result.failures;
          rows.push({
            target: server.name as TargetName,
            case: name,
            concurrency,
            result,
            roundTripsPerAnswer: answers > 0 ? (after.roundTrips - before.roundTrips) / answers : 0,
            rssMb: after.rss / 2 ** 20,
          });
          log(
            `${server.name} ${name} c${concurrency}: ${result.answersPerSecond.toFixed(1)} req/s, p50 ${result.p50.toFixed(1)} ms, p99 ${result.p99.toFixed(1)} ms${result.failures ? `, ${result.failures} failed: ${result.firstFailure}` : ''}`,
          );
        }
      }
    }
    const meta: BenchMeta = {
      size: options.size,
      firms: options.firms,
      seed: options.seed,
      seconds: options.seconds,
      neo4jVersion: component?.version ?? 'unknown',
      date: new Date().toISOString().slice(0, 10),
    };
    return { meta, load, rows };
  } finally {
    for (const server of servers) await server.stop();
    await bench.close();
  }
}

export const ALL_CASES: (CaseName | 'mix')[] = [...CASES, 'mix'];
