/**
 * The whole benchmark, unattended: generate the graph, start the benchmark's own Neo4j empty,
 * load the graph through the project's writer, start each target's server, check and warm up
 * every case, then measure each case alone and the mix at each concurrency, target after target
 * (so all targets meet the same caches) in rounds (rounds.ts), and return the measurements.
 */

import { buildReachIndex, reachIndexFresh } from '../../src/exposure/reach-index.ts';
import { type BenchInstance, startEmptyBenchDatabase } from '../../src/generate/bench-database.ts';
import { generateGraph } from '../../src/generate/generate.ts';
import { type LoadReport, loadGenerated } from '../../src/generate/load.ts';
import { differences } from './compare.ts';
import { drive } from './drive.ts';
import { type FirstAnswer, firstAnswers } from './first-answers.ts';
import { CASES, type CaseName, type Flow } from './flows.ts';
import { measureRun } from './measure-run.ts';
import type { BenchMeta, Measurement, TargetName } from './report.ts';
import { medianOfRounds, roundOrder } from './rounds.ts';
import { pickSamples } from './samples.ts';
import { type ServerUnderTest, startServer } from './servers.ts';
import { quiet, settle } from './settle.ts';
import { TARGETS } from './targets.ts';
import { warmUp } from './warm-up.ts';

export interface BenchOptions {
  size: string;
  firms: number;
  seed: string;
  seconds: number;
  /** Rounds per cell, every target once per round (rounds.ts); each figure the median. */
  rounds: number;
  warmupSeconds: number;
  /**
   * Seconds of the same case at the same concurrency just before each measured run, discarded:
   * a server idle while the others were measured (or warmed) answers its first seconds slower.
   */
  cellWarmupSeconds: number;
  /** Answers fetched one by one per case and target before measuring (checks and warms). */
  warmupAnswers: number;
  /** Measure each run by a number of answers instead of `seconds` (p50 over exactly the samples). */
  answers?: number;
  /** Keep the store when it holds this graph already (`--reuse-graph`; for iterating, not publishing). */
  reuseGraph?: boolean;
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
    ...(options.reuseGraph ? { reuse: `${options.seed}/${options.firms}` } : {}),
  });
  const servers: ServerUnderTest[] = [];
  try {
    const load =
      (bench.reused as LoadReport | null) ?? (await loadGenerated(bench.db, graph.files, log));
    bench.markLoaded(load);
    // The reach index exposedFirms ranks from (docs/exposure.md): built after the load, as the
    // server's refresher would, before anything is measured; a reused store may hold it already.
    const index = (await reachIndexFresh(bench.db))
      ? null
      : await buildReachIndex(bench.db).then((build) => {
          log(
            `Built the exposure reach index (${build.goods} goods) in ${(build.ms / 1000).toFixed(1)} s.`,
          );
          return build;
        });
    const [component] = await bench.db.runText<{ version: string }>(
      'CALL dbms.components() YIELD versions RETURN versions[0] AS version',
    );
    const samples = pickSamples(graph);
    const flowsOf = new Map<TargetName, Flow[]>();
    let firsts: FirstAnswer[] = [];
    for (const target of options.targets) {
      const server = await startServer(target, TARGETS[target].entry, bench.settings);
      servers.push(server);
      flowsOf.set(target, TARGETS[target].flows(samples));
      // Before anything else asks Neo4j: what the first clients after a start meet.
      if (target === 'ours') firsts = await firstAnswers(server.url, bench.db, samples);
    }
    // Only the cases to be measured (all of them for the mix).
    const measured = (target: TargetName) =>
      (flowsOf.get(target) ?? []).filter(
        (f) => options.cases.includes('mix') || options.cases.includes(f.name),
      );
    const warm = await warmUp(servers, measured, {
      answers: options.warmupAnswers,
      seconds: options.warmupSeconds,
      log,
    });
    const mismatches = differences(warm.answers);
    for (const line of mismatches) log(`Answers differ: ${line}`);
    const waited = await quiet(bench.server.pid);
    log(`Neo4j idle after the load and the warm-ups (waited ${(waited / 1000).toFixed(1)} s).`);
    /** One run of one target: what the last run left in flight ends, the cell's warm-up, then the run. */
    const measureCell = async (
      server: ServerUnderTest,
      name: CaseName | 'mix',
      concurrency: number,
    ): Promise<Measurement> => {
      const all = flowsOf.get(server.name as TargetName) ?? [];
      const flows = name === 'mix' ? all : all.filter((f) => f.name === name);
      const failedNames = flows.map((f) => warm.failed.get(`${server.name}/${f.name}`));
      const why = failedNames.find((reason) => reason !== undefined);
      // What the last run left in flight finishes first, whichever target it was.
      const waited = await settle(bench.db);
      if (waited > 1000)
        log(`  (waited ${(waited / 1000).toFixed(1)} s for Neo4j to finish the last run's work)`);
      if (why) return failedRow(server.name as TargetName, name, concurrency, `warm-up: ${why}`);
      if (options.cellWarmupSeconds > 0) {
        await drive(server.url, flows, {
          connections: concurrency,
          seconds: options.cellWarmupSeconds,
        });
        await settle(bench.db);
      }
      return measureRun(server, name, flows, {
        concurrency,
        seconds: options.seconds,
        ...(options.answers ? { answers: options.answers } : {}),
        neo4jPid: bench.server.pid,
      });
    };
    const rows: Measurement[] = [];
    for (const name of options.cases) {
      for (const concurrency of options.concurrencies) {
        const rounds = new Map<string, Measurement[]>();
        for (let round = 0; round < options.rounds; round += 1) {
          for (const server of roundOrder(servers, round)) {
            const row = await measureCell(server, name, concurrency);
            rounds.set(server.name, [...(rounds.get(server.name) ?? []), row]);
            log(runLine(row, options.rounds > 1 ? round + 1 : null));
          }
        }
        for (const server of servers) rows.push(medianOfRounds(rounds.get(server.name) ?? []));
      }
    }
    const meta: BenchMeta = {
      reachIndex: index && { goods: index.goods, seconds: index.ms / 1000 },
      size: options.size,
      firms: options.firms,
      seed: options.seed,
      seconds: options.seconds,
      rounds: options.rounds,
      cellWarmupSeconds: options.cellWarmupSeconds,
      ...(options.answers ? { answers: options.answers } : {}),
      neo4jVersion: component?.version ?? 'unknown',
      date: new Date().toISOString().slice(0, 10),
      mismatches,
      firstAnswers: firsts,
    };
    return { meta, load, rows };
  } finally {
    for (const server of servers) await server.stop();
    await bench.close();
  }
}

export const ALL_CASES: (CaseName | 'mix')[] = [...CASES, 'mix'];

/** A row for a case that failed in the warm-up: reported, not measured. */
function failedRow(
  target: TargetName,
  name: CaseName | 'mix',
  concurrency: number,
  why: string,
): Measurement {
  const result = {
    answersPerSecond: 0,
    p50: 0,
    p95: 0,
    p99: 0,
    answers: 0,
    cutOff: 0,
    slowestCutOff: 0,
    failures: 1,
  };
  const cpuMsPerAnswer = { server: 0, neo4j: 0, client: 0 };
  return {
    target,
    case: name,
    concurrency,
    result: { ...result, firstFailure: why },
    roundTripsPerAnswer: 0,
    rssMb: 0,
    load1: 0,
    cpuMsPerAnswer,
  };
}

/** A run as the log says it: its rate and latency, what was cut off, and the server's pauses. */
function runLine(row: Measurement, round: number | null): string {
  const { result, pauses } = row;
  const parts = [
    `${row.target} ${row.case} c${row.concurrency}${round === null ? '' : ` round ${round}`}: `,
    `${result.answersPerSecond.toFixed(1)} req/s, p50 ${result.p50.toFixed(1)} ms, p99 ${result.p99.toFixed(1)} ms`,
  ];
  if (result.cutOff)
    parts.push(` (${result.cutOff} cut off, the longest at ${result.slowestCutOff.toFixed(0)} ms)`);
  if (pauses)
    parts.push(
      `; server paused at most ${pauses.loopMaxMs.toFixed(0)} ms, GC ${pauses.gcMs.toFixed(0)} ms (longest ${pauses.gcMaxMs.toFixed(0)})`,
    );
  if (result.failures) parts.push(`, ${result.failures} failed: ${result.firstFailure}`);
  return parts.join('');
}
