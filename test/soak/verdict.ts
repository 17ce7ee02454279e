import { memoryTrends } from './memory.ts';
import type { SoakResult } from './soak.ts';

/** How much the fitted line of each may grow after warm-up and still count as flat, in MB. */
export interface Flatness {
  heapUsed: number;
  rss: number;
}

/**
 * The long run's bounds. The heap is measured after a full GC, so what stays is what the server
 * keeps; RSS also holds the heap V8 reserved and gives back when it pleases (±40 MB here).
 */
export const FLAT: Flatness = { heapUsed: 5, rss: 32 };

/** What is wrong with a soak: any error at all, an unclean exit, memory that keeps growing. */
export function soakProblems(result: SoakResult, flat: Flatness = FLAT): string[] {
  const problems: string[] = [];
  for (const [kind, count] of Object.entries(result.errors)) {
    if (count > 0) problems.push(`${count} ${kind} error(s)`);
  }
  if (result.requests === 0) problems.push('no request was answered');
  if (result.exitCode !== 0) problems.push(`the server exited with ${result.exitCode}`);
  const trends = memoryTrends(result.memory, result.warmUpSeconds);
  if (trends.samples < 3) problems.push(`only ${trends.samples} memory samples after warm-up`);
  for (const key of ['heapUsed', 'rss'] as const) {
    const { growth } = trends[key];
    if (growth > flat[key]) problems.push(`${key} grew ${growth.toFixed(1)} MB after warm-up`);
  }
  return problems;
}
