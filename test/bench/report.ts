/**
 * The benchmark's result as markdown: where it ran (machine, Node, Neo4j), how fast the graph
 * loaded, and per concurrency a table of every case for every target, with the ratios.
 */

import os from 'node:os';
import type { LoadReport } from '../../src/generate/load.ts';
import type { ChildStats } from './child-server.ts';
import type { RunResult } from './drive.ts';
import type { FirstAnswer } from './first-answers.ts';
import type { CaseName } from './flows.ts';
import { markdownTable } from './markdown.ts';

export type TargetName = 'ours' | 'floor' | 'peer';

export interface Measurement {
  target: TargetName;
  case: CaseName | 'mix';
  concurrency: number;
  result: RunResult;
  roundTripsPerAnswer: number;
  rssMb: number;
  /** The machine's 1-minute load average at the end of the run: other work competing shows here. */
  load1: number;
  /** CPU time per answer, ms: the server's, Neo4j's, and the load generator's (client). */
  cpuMsPerAnswer: { server: number; neo4j: number; client: number };
  /** The server's pauses during the run (ChildStats.pauses): the longest event-loop block and
   * the garbage collector's total and longest pause, ms. */
  pauses?: ChildStats['pauses'];
  /** Answers per second in each round, in round order (rounds.ts); the figures above are medians. */
  roundRates?: number[];
}

export interface BenchMeta {
  size: string;
  firms: number;
  seed: string;
  seconds: number;
  /** Rounds per cell (rounds.ts): each figure is the median of the rounds'. */
  rounds: number;
  /** Seconds of the same case and concurrency run and discarded before each measured run. */
  cellWarmupSeconds: number;
  /** Set when each run lasted a number of answers rather than `seconds`. */
  answers?: number;
  neo4jVersion: string;
  date: string;
  /** Where the targets' exposure answers differed in the warm-up (empty: the same). */
  mismatches: string[];
  /** Our persisted documents' first answers once our server was ready (first-answers.ts). */
  firstAnswers?: FirstAnswer[];
  /** The exposure reach index built after the load (null: the reused store held it fresh). */
  reachIndex?: { goods: number; seconds: number } | null;
}

export function machineLine(): string {
  const cpus = os.cpus();
  const memory = (os.totalmem() / 2 ** 30).toFixed(1);
  return `${cpus.length} cores (${cpus[0]?.model ?? 'unknown CPU'}), ${memory} GiB memory, ${os.type()} ${os.release()}, Node ${process.version}`;
}

const fixed = (n: number, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : '–');
const ratio = (a?: Measurement, b?: Measurement) =>
  a && b && b.result.answersPerSecond > 0
    ? `${fixed(a.result.answersPerSecond / b.result.answersPerSecond, 2)}`
    : '–';

export function renderReport(meta: BenchMeta, load: LoadReport, rows: Measurement[]): string {
  const targets = [...new Set(rows.map((r) => r.target))];
  const lines = [
    `# Benchmark: ${meta.size} (${meta.firms} firms), ${meta.date}`,
    '',
    `- Machine: ${machineLine()}`,
    `- Neo4j ${meta.neo4jVersion} (local instance, heap and page cache as in src/generate/bench-database.ts)`,
    `- Graph: seed "${meta.seed}", ${load.nodes} nodes, ${load.relationships} relationships, loaded through src/load/write.ts in ${fixed(load.seconds)} s (${load.relationshipsPerSecond} relationships/s)`,
    ...(meta.reachIndex
      ? [
          `- The exposure reach index (docs/exposure.md) built after the load: ${meta.reachIndex.goods} covered goods in ${fixed(meta.reachIndex.seconds)} s`,
        ]
      : []),
    `- Each run: ${meta.answers ? `${meta.answers} answers` : `${meta.seconds} s`} of closed-loop load (autocannon, one request in flight per connection) after a warm-up${meta.cellWarmupSeconds > 0 ? ` and ${meta.cellWarmupSeconds} s of the same case and concurrency, discarded` : ''}; ${meta.rounds > 1 ? `each case and concurrency measured in ${meta.rounds} rounds, every target once per round, the order reversed every other round, each figure the median of its rounds (test/bench/rounds.ts)` : 'one round per case and concurrency'}; latency in ms per answer; req/s = answers per second; RT = Neo4j round trips per answer; RSS = the server's resident memory after the run, MB`,
    '',
  ];
  for (const concurrency of [...new Set(rows.map((r) => r.concurrency))]) {
    lines.push(`## Concurrency ${concurrency}`, '');
    const header = ['case'];
    for (const t of targets)
      header.push(`${t} req/s`, `${t} p50`, `${t} p95`, `${t} p99`, `${t} RT`);
    if (targets.includes('floor')) header.push('ours/floor');
    if (targets.includes('peer')) header.push('ours/peer', 'p99 ours/peer');
    const body: string[][] = [];
    for (const name of [...new Set(rows.map((r) => r.case))]) {
      const of = (t: TargetName) =>
        rows.find((r) => r.target === t && r.case === name && r.concurrency === concurrency);
      const cells: string[] = [name];
      for (const t of targets) {
        const m = of(t);
        const failed = m && m.result.failures > 0 ? ` (${m.result.failures} failed)` : '';
        cells.push(
          m ? `${fixed(m.result.answersPerSecond)}${failed}` : '–',
          m ? fixed(m.result.p50) : '–',
          m ? fixed(m.result.p95) : '–',
          m ? fixed(m.result.p99) : '–',
          m ? fixed(m.roundTripsPerAnswer) : '–',
        );
      }
      if (targets.includes('floor')) cells.push(ratio(of('ours'), of('floor')));
      if (targets.includes('peer')) {
        const ours = of('ours');
        const peer = of('peer');
        cells.push(
          ratio(ours, peer),
          ours && peer ? fixed(ours.result.p99 / peer.result.p99, 2) : '–',
        );
      }
      body.push(cells);
    }
    lines.push(...markdownTable(header, body), '');
  }
  lines.push(...roundsTable(rows, targets));
  lines.push(...cpuTable(rows, targets));
  lines.push('## Server memory (RSS after each run, MB: lowest – highest)', '');
  for (const t of targets) {
    const rss = rows.filter((r) => r.target === t && r.rssMb > 0).map((r) => r.rssMb);
    lines.push(`- ${t}: ${fixed(Math.min(...rss), 0)} – ${fixed(Math.max(...rss), 0)}`);
  }
  if (meta.firstAnswers?.length) {
    lines.push(
      '',
      '## First answers after start (ours, ms)',
      '',
      'Each persisted document asked once as soon as our server was ready (after its own warm-up of them), before the other targets started; the sample nodes, not the ones it warmed up with.',
      '',
      ...markdownTable(
        ['document', 'ms', 'error'],
        meta.firstAnswers.map((a) => [a.name, fixed(a.ms), a.error ?? '']),
      ),
    );
  }
  lines.push(
    '',
    meta.mismatches.length === 0
      ? 'The exposure and search answers (ranked ids and scores) of the warm-up were the same on every target.'
      : `Answers differed between targets:\n\n${meta.mismatches.map((m) => `- ${m}`).join('\n')}`,
  );
  const loads = rows.filter((r) => r.load1 > 0).map((r) => r.load1);
  lines.push(
    '',
    `1-minute load average at the end of the runs: ${fixed(Math.min(...loads))} – ${fixed(Math.max(...loads))} on ${os.cpus().length} cores. The benchmark itself (Neo4j, one server, the load generator) accounts for about 2–3; more means other processes shared the machine and the absolute numbers are low (the ratios, measured target after target within a minute, suffer less).`,
  );
  const failures = rows.filter((r) => r.result.firstFailure);
  if (failures.length > 0) {
    lines.push('', '## Failures', '');
    for (const r of failures)
      lines.push(`- ${r.target} ${r.case} c${r.concurrency}: ${r.result.firstFailure}`);
  }
  return `${lines.join('\n')}\n`;
}

/**
 * Where an answer's time goes, at the middle concurrency: CPU ms per answer in the server, in
 * Neo4j and in the load generator (which also runs the peer client's scoring). On a 2-core
 * machine the three share the cores, so CPU per answer bounds throughput.
 */
function cpuTable(rows: Measurement[], targets: TargetName[]): string[] {
  const levels = [...new Set(rows.map((r) => r.concurrency))];
  const concurrency = levels[Math.floor(levels.length / 2)] ?? 1;
  const header = ['case', ...targets.flatMap((t) => [`${t} server`, `${t} Neo4j`, `${t} client`])];
  const body: string[][] = [];
  for (const name of [...new Set(rows.map((r) => r.case))]) {
    const cells: string[] = [name];
    for (const t of targets) {
      const m = rows.find(
        (r) => r.target === t && r.case === name && r.concurrency === concurrency,
      );
      const cpu = m?.cpuMsPerAnswer;
      cells.push(
        ...(cpu ? [cpu.server, cpu.neo4j, cpu.client].map((n) => fixed(n, 2)) : ['–', '–', '–']),
      );
    }
    body.push(cells);
  }
  const title = `## CPU per answer, ms (concurrency ${concurrency}: server / Neo4j / load generator)`;
  return [title, '', ...markdownTable(header, body), ''];
}

/**
 * Ours ÷ the peer in each round of each cell, the two measured within seconds of each other: how
 * far a cell's ratio swings on this machine, which the medians above hide.
 */
function roundsTable(rows: Measurement[], targets: TargetName[]): string[] {
  if (!targets.includes('ours') || !targets.includes('peer')) return [];
  if (!rows.some((r) => (r.roundRates?.length ?? 0) > 1)) return [];
  const levels = [...new Set(rows.map((r) => r.concurrency))];
  const body: string[][] = [];
  for (const name of [...new Set(rows.map((r) => r.case))]) {
    const cells: string[] = [name];
    for (const concurrency of levels) {
      const of = (t: TargetName) =>
        rows.find((r) => r.target === t && r.case === name && r.concurrency === concurrency)
          ?.roundRates ?? [];
      const ours = of('ours');
      const peer = of('peer');
      const ratios = ours.map((rate, i) => {
        const theirs = peer[i];
        return theirs ? fixed(rate / theirs, 2) : '–';
      });
      cells.push(ratios.join(' · ') || '–');
    }
    body.push(cells);
  }
  const header = ['case', ...levels.map((c) => `c${c}`)];
  return ['## Ours ÷ peer in each round', '', ...markdownTable(header, body), ''];
}
