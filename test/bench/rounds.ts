/**
 * A cell (one case at one concurrency) is measured in rounds: every target once per round, the
 * targets' order reversed every other round, and each figure reported is the median of its rounds.
 * Why: on this shared two-core machine a few seconds of someone else's work can land on one
 * target's run and not the next one's; with one run per cell, `node` at c1 came out at 1.38 and
 * 0.74 of the peer in two runs of the same commit (2026-12-06). A median of three ignores one
 * disturbed round, and reversing the order gives no target the same neighbour every time.
 */
import type { Measurement } from './report.ts';

/** The order the targets run in, round `round` (0-based): as given, then reversed, and so on. */
export function roundOrder<T>(targets: readonly T[], round: number): T[] {
  return round % 2 === 0 ? [...targets] : [...targets].reverse();
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  if (sorted.length === 0) return Number.NaN;
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/**
 * One target's rounds of one cell as one measurement: each figure the median of the rounds'
 * (throughput, latencies, CPU, round trips, memory, load), failures, answers and cut-off answers
 * summed, and each round's throughput kept in `roundRates` for the report's per-round ratios.
 */
export function medianOfRounds(rounds: Measurement[]): Measurement {
  const [first] = rounds;
  if (!first) throw new Error('a cell measured in no round');
  const of = (pick: (m: Measurement) => number) => median(rounds.map(pick));
  const firstFailure = rounds.find((m) => m.result.firstFailure)?.result.firstFailure;
  return {
    target: first.target,
    case: first.case,
    concurrency: first.concurrency,
    result: {
      answersPerSecond: of((m) => m.result.answersPerSecond),
      p50: of((m) => m.result.p50),
      p95: of((m) => m.result.p95),
      p99: of((m) => m.result.p99),
      answers: rounds.reduce((n, m) => n + m.result.answers, 0),
      cutOff: rounds.reduce((n, m) => n + m.result.cutOff, 0),
      slowestCutOff: Math.max(...rounds.map((m) => m.result.slowestCutOff)),
      failures: rounds.reduce((n, m) => n + m.result.failures, 0),
      ...(firstFailure ? { firstFailure } : {}),
    },
    roundTripsPerAnswer: of((m) => m.roundTripsPerAnswer),
    rssMb: Math.max(...rounds.map((m) => m.rssMb)),
    load1: of((m) => m.load1),
    cpuMsPerAnswer: {
      server: of((m) => m.cpuMsPerAnswer.server),
      neo4j: of((m) => m.cpuMsPerAnswer.neo4j),
      client: of((m) => m.cpuMsPerAnswer.client),
    },
    roundRates: rounds.map((m) => m.result.answersPerSecond),
  };
}
