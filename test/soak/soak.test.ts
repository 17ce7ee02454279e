/**
 * The short soak that CI runs (`npm run soak` is the 60 s one): 32 connections for 10 s against
 * the real server over the seeded test data; no error of any kind, a clean exit on SIGTERM, and a
 * heap that does not climb once warm. RSS is only held to a loose bound: for its first ~15 s
 * under load V8 grows the heap it reserves, which a 10 s run cannot tell from a leak.
 */
import { describe, expect, it } from 'vitest';
import { testNeo4j } from '../helpers/database.ts';
import { memoryTrends } from './memory.ts';
import { soak } from './soak.ts';
import { soakProblems } from './verdict.ts';

describe('a short soak', () => {
  it('holds 32 connections for 10 s with no error and flat memory', async () => {
    const result = await soak(testNeo4j(), {
      connections: 32,
      seconds: 10,
      warmUpSeconds: 5,
      sampleEverySeconds: 1,
    });
    const { rss, heapUsed } = memoryTrends(result.memory, result.warmUpSeconds);
    console.log(
      `[soak] ${result.requests} requests (${result.perSecond.toFixed(0)}/s), p99 ${result.latency.p99} ms, errors ${JSON.stringify(result.errors)}; after warm-up RSS ${rss.first.toFixed(1)} → ${rss.last.toFixed(1)} MB, heap ${heapUsed.first.toFixed(1)} → ${heapUsed.last.toFixed(1)} MB`,
    );
    expect(soakProblems(result, { heapUsed: 8, rss: 128 })).toEqual([]);
  }, 90_000);
});
