/**
 * `npm run soak`: 32 connections for 60 s against the real server over the seeded test data (the
 * test Neo4j: instance `test`, ports 17687/17474, or NEO4J_TEST_URI), then the figures written to
 * docs/soak/report.md. Exit 1 when there was any error or the memory kept growing.
 * SOAK_SECONDS and SOAK_CONNECTIONS change the load.
 */
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import { loadConfig } from '../../src/config.ts';
import { connect } from '../../src/db/connect.ts';
import { applySchema } from '../../src/db/schema.ts';
import { loadSeed } from '../../src/load/seed.ts';
import { testPort } from '../helpers/ports.ts';
import { soakReport } from './report.ts';
import { soak } from './soak.ts';
import { soakProblems } from './verdict.ts';

const env = process.env;
const config = loadConfig({
  ...env,
  NEO4J_URI: env.NEO4J_TEST_URI ?? '',
  NEO4J_BOLT_PORT: env.NEO4J_TEST_BOLT_PORT ?? String(testPort(17687)),
  NEO4J_HTTP_PORT: env.NEO4J_TEST_HTTP_PORT ?? String(testPort(17474)),
});
const log = (line: string) => console.log(`[soak] ${line}`);
const connection = await connect(config, log, { instance: 'test' });
try {
  await applySchema(connection.db);
  await loadSeed(connection.db);
  const seconds = Number(env.SOAK_SECONDS ?? 60);
  const connections = Number(env.SOAK_CONNECTIONS ?? 32);
  log(`${connections} connections for ${seconds} s…`);
  const result = await soak(
    {
      uri: config.NEO4J_URI ?? connection.local?.boltUri ?? '',
      user: config.NEO4J_USER,
      password: config.NEO4J_PASSWORD,
      database: config.NEO4J_DATABASE,
    },
    { connections, seconds, warmUpSeconds: Math.min(15, seconds / 4), sampleEverySeconds: 3 },
  );
  const load = os.loadavg()[0]?.toFixed(1);
  const machine = `${os.cpus().length} CPUs (${os.cpus()[0]?.model.trim()}), load average ${load} at the end, Node ${process.version}`;
  const report = soakReport(result, new Date(), machine);
  writeFileSync(new URL('../../docs/soak/report.md', import.meta.url), report);
  console.log(report);
  const problems = soakProblems(result);
  for (const problem of problems) log(`FAILED: ${problem}`);
  process.exitCode = problems.length > 0 ? 1 : 0;
} finally {
  await connection.close();
}
