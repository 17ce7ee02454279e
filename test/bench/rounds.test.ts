/** The benchmark's rounds (rounds.ts): each figure the median of its rounds, the order alternating. */
import { describe, expect, it } from 'vitest';
import type { Measurement } from './report.ts';
import { medianOfRounds, roundOrder } from './rounds.ts';

const run = (rate: number, p99: number, rss: number, failures = 0): Measurement => ({
  target: 'ours',
  case: 'node',
  concurrency: 1,
  result: {
    answersPerSecond: rate,
    p50: rate / 100,
    p95: p99 / 2,
    p99,
    answers: 10,
    cutOff: 0,
    slowestCutOff: 0,
    failures,
  },
  roundTripsPerAnswer: 1,
  rssMb: rss,
  load1: 2,
  cpuMsPerAnswer: { server: rate / 1000, neo4j: 0.5, client: 0.1 },
});

describe('rounds of a cell', () => {
  it('reports the median of each figure, so one disturbed round does not set the cell', () => {
    const cell = medianOfRounds([run(500, 4, 200), run(300, 40, 210, 1), run(520, 5, 190)]);
    expect(cell.result.answersPerSecond).toBe(500);
    expect(cell.result.p99).toBe(5);
    expect(cell.cpuMsPerAnswer.server).toBe(0.5);
    // Memory is the highest reading; answers and failures add up.
    expect(cell.rssMb).toBe(210);
    expect(cell.result.answers).toBe(30);
    expect(cell.result.failures).toBe(1);
    expect(cell.roundRates).toEqual([500, 300, 520]);
  });

  it('takes the mean of the middle two for an even number of rounds', () => {
    expect(medianOfRounds([run(100, 1, 1), run(300, 3, 1)]).result.answersPerSecond).toBe(200);
  });

  it('reverses the targets every other round', () => {
    const targets = ['ours', 'floor', 'peer'];
    expect([0, 1, 2].map((round) => roundOrder(targets, round).join(' '))).toEqual([
      'ours floor peer',
      'peer floor ours',
      'ours floor peer',
    ]);
    expect(targets).toEqual(['ours', 'floor', 'peer']);
  });
});
