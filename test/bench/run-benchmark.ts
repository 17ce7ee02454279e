/**
 * The whole benchmark, unattended: generate the graph, start the benchmark's own Neo4j empty,
 * load the graph through the project's writer, start each target's server, check and warm up
 * every case, then measure each case alone and the mix at each concurrency, target after target
 * (so all targets meet the same caches), and return the measurements.
 */
import { type BenchInstance, startEmptyBenchDatabase } from '../../src/generate/bench-database.ts';
import { generateGraph } from '../../src/generate/generate.ts';
import { type LoadReport, loadGenerated } from '../../src/generate/load.ts';
import { differences, fingerprint } from './compare.ts';
import { drive } from './drive.ts';
import { CASES, type CaseName, type Flow } from './flows.ts';
import { measureRun } from './measure-run.ts';
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
    const answers = new Map<TargetName, Map<CaseName, string[][]>>();
    for (const server of servers) {
      const target = server.name as TargetName;
      // Only the cases to be measured (all of them for the mix).
      const flows = (flowsOf.get(target) ?? []).filter(
        (f) => options.cases.includes('mix') || options.cases.includes(f.name),
      );
      log(`Checking and warming up ${server.name}...`);
      answers.set(target, new Map());
      for (const flow of flows) {
        for (let i = 0; i < options.warmupAnswers; i++) {
          const lines = fingerprint(target, flow.name, await answerOnce(server.url, flow));
          if (lines)
            answers
              .get(target)
              ?.set(flow.name, [...(answers.get(target)?.get(flow.name) ?? []), lines]);
        }
      }
      if (options.warmupSeconds > 0) {
        await drive(server.url, flows, { connections: 8, seconds: options.warmupSeconds });
      }
    }
    const mismatches = differences(answers);
    for (const line of mismatches) log(`Answers differ: ${line}`);
    const rows: Measurement[] = [];
    for (const name of options.cases) {
      for (const concurrency of options.concurrencies) {
        for (const server of servers) {
          const all = flowsOf.get(server.name as TargetName) ?? [];
          const flows = name === 'mix' ? all : all.filter((f) => f.name === name);
          const row = await measureRun(server, name, flows, {
            concurrency,
            seconds: options.seconds,
            neo4jPid: bench.server.pid,
          });
          rows.push(row);
          const { result } = row;
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
      mismatches,
    };
    return { meta, load, rows };
  } finally {
    for (const server of servers) await server.stop();
    await bench.close();
  }
}

export const ALL_CASES: (CaseName | 'mix')[] = [...CASES, 'mix'];
