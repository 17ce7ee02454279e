/**
 * The test Neo4j servers of one run. Every file reads the first (instance `test`); the project
 * "writes" runs its files side by side, one per worker, and gives each worker a server of its own
 * (worker n writes to the n-th), so two files never write into one graph at once: several
 * compare checksums of the whole graph before and after. NEO4J_TEST_URI (a server you started)
 * leaves one server, and the writes one at a time.
 */
import path from 'node:path';
import { testPort } from './ports.ts';

export interface TestInstance {
  instance: string;
  boltPort: number;
  httpPort: number;
}

const INSTANCES = [
  { instance: 'test', bolt: 17687, http: 17474 },
  { instance: 'test-2', bolt: 17692, http: 17479 },
];

export function testInstances(env: NodeJS.ProcessEnv = process.env): TestInstance[] {
  const [first, ...rest] = INSTANCES.map(({ instance, bolt, http }) => ({
    instance,
    boltPort: testPort(bolt),
    httpPort: testPort(http),
  }));
  if (!first) throw new Error('no test instance');
  const main = {
    ...first,
    boltPort: Number(env.NEO4J_TEST_BOLT_PORT ?? first.boltPort),
    httpPort: Number(env.NEO4J_TEST_HTTP_PORT ?? first.httpPort),
  };
  return env.NEO4J_TEST_URI ? [main] : [main, ...rest];
}

/**
 * Where global-setup.ts says that an instance started in the background is seeded (or why it is
 * not), under the run's token, for test/helpers/writer-ready.ts to wait on.
 */
export const readyFile = (localDir: string, instance: string) =>
  path.resolve(localDir, `${instance}.ready.json`);

/** Held by the writes worker that uses the instance (test/helpers/writer-ready.ts). */
export const writerLock = (localDir: string, instance: string) =>
  path.resolve(localDir, `${instance}.writer.lock`);

/** Where a writes worker keeps the index of the instance it claimed, across its files. */
export const WRITER = Symbol.for('exposure-graph.test-writer-instance');

/**
 * neo4j.conf lines the test servers add to `npm start`'s (src/local-neo4j/conf.ts). None changes an
 * answer (the greedy statement below fails either way), nor the plan Neo4j first makes for one:
 * - No replanning of a cached statement. Neo4j plans one again once the statistics it was planned
 *   with are off by 75% (the threshold shrinking over hours), checked every 10 s; on the seed's
 *   ~350 nodes, a test file's few hundred are such a change, and the exposure statements were
 *   planned again and again (0.2-1.7 s each on a warm server). A warm `test:fast`: the test Neo4j
 *   used 117-121 CPU-s before, 59-92 after; its writes took 83-88 s before, 40-92 after (load 5-9,
 *   a benchmark running beside it).
 * - 256 MiB for one transaction (unlimited by default, all of them together 70% of the 1 GiB
 *   heap): test/db/memory-limit.test.ts's greedy statement is stopped there, not at ~700 MiB
 *   (the file 5.6 s and 12-14 Neo4j CPU-s before, 1.4 s and 5-6 after, alone). No other
 *   statement of the suite comes near it.
 * - JVM flags (`server.jvm.additional`, which src/local-neo4j/conf.ts hands to the JVM) for a
 *   JVM that lives minutes, not weeks. On a cold `test:fast` of test/exposure, test/read and
 *   test/contract (28 files) the two test servers used 255-314 CPU-s: Bolt workers (planning and
 *   running the statements) 133-164, the C2 compiler 75-95, C1 20-24, start-up 9-10, G1 7-8.
 *   So C2 compiles a method only after three times the default calls or loops: C2 60-61 CPU-s,
 *   the Bolt workers no slower; 261 vs 291 and 252 vs 269 CPU-s, 264 vs 312 s and 243 vs 253 s
 *   wall. And the Parallel collector rather than G1 (no concurrent threads, lighter write
 *   barriers; a test heap is small): GC 4 CPU-s, 272 vs 291 and 254 vs 269 CPU-s, 263 vs 312 s
 *   and 179 vs 253 s. Both: 234 vs 270 and 226 vs 257 CPU-s, 142 vs 194 s and 134 vs 149 s
 *   (each pair run one after the other, load 1-13: other sessions' Neo4j beside it). Not kept:
 *   a class-data-sharing archive of the Neo4j classes (start-up 3.2 vs 5 s and 5.6 vs 8.7
 *   CPU-s, but the same CPU over the run, and a fresh clone, as in CI, would only pay its ~10 s
 *   dump), C1 alone (TieredStopAtLevel=1: worse, commit 3adf4fe).
 */
export const TEST_SERVER_SETTINGS = [
  'dbms.cypher.min_replan_interval=1000h',
  'dbms.cypher.statistics_divergence_threshold=1',
  'db.memory.transaction.max=256m',
  // C2 three times later than by default (calls, calls with loops, loop back-edges).
  'server.jvm.additional=-XX:Tier4InvocationThreshold=15000',
  'server.jvm.additional=-XX:Tier4MinInvocationThreshold=1800',
  'server.jvm.additional=-XX:Tier4CompileThreshold=45000',
  'server.jvm.additional=-XX:Tier4BackEdgeThreshold=120000',
  // The Parallel collector, not G1 (the last of the two flags wins).
  'server.jvm.additional=-XX:-UseG1GC',
  'server.jvm.additional=-XX:+UseParallelGC',
];
