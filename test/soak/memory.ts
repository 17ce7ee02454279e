import type { MemorySample } from './soak.ts';

export interface Trend {
  first: number;
  last: number;
  min: number;
  max: number;
  /** Least-squares slope over the samples after warm-up, in MB per minute. */
  slopePerMinute: number;
  /** What the fitted line grows by over those samples, in MB. */
  growth: number;
}

const MB = 1024 * 1024;

/** How RSS and the heap (after a full GC) move once warm-up is over. */
export function memoryTrends(samples: MemorySample[], warmUpSeconds: number) {
  const after = samples.filter((sample) => sample.at >= warmUpSeconds && !sample.afterLoad);
  return {
    samples: after.length,
    rss: trend(after, (sample) => sample.rss / MB),
    heapUsed: trend(after, (sample) => sample.heapUsed / MB),
  };
}

function trend(samples: MemorySample[], value: (sample: MemorySample) => number): Trend {
  const xs = samples.map((sample) => sample.at);
  const ys = samples.map(value);
  const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
  const [mx, my] = [mean(xs), mean(ys)];
  const covariance = xs.reduce((sum, x, i) => sum + (x - mx) * ((ys[i] ?? 0) - my), 0);
  const variance = xs.reduce((sum, x) => sum + (x - mx) ** 2, 0);
  const slope = variance === 0 ? 0 : covariance / variance;
  const span = (xs.at(-1) ?? 0) - (xs[0] ?? 0);
  return {
    first: ys[0] ?? 0,
    last: ys.at(-1) ?? 0,
    min: Math.min(...ys),
    max: Math.max(...ys),
    slopePerMinute: slope * 60,
    growth: slope * span,
  };
}
