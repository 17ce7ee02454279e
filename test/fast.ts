/**
 * `npm run test:fast [-- <vitest args>]`: the edit loop. The test Neo4j servers (instances `test`
 * and `test-2`, test/helpers/instances.ts) are started once, detached, and kept between runs, so
 * a run pays no start-up; the project "slow" is left out (faults, soak, benchmark, launcher, the browsers:
 * SLOW_TESTS in vitest.config.ts). `npm test` stays what CI runs: everything, on a Neo4j of its
 * own. Stop the kept servers with `npm run neo4j -- --instance test stop` (and `test-2`).
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadConfig } from '../src/config.ts';
import { ensureJars } from '../src/local-neo4j/jars.ts';
import { startLocalNeo4j } from '../src/local-neo4j/launcher.ts';
import { TEST_SERVER_SETTINGS, testInstances } from './helpers/instances.ts';

const config = loadConfig();
const env = process.env;
if (!env.NEO4J_TEST_URI) {
  // The jars once, then both servers at once: two Maven runs into one folder fail.
  await ensureJars(path.resolve(config.NEO4J_LOCAL_DIR), (line) => console.log(line));
  await Promise.all(
    testInstances().map(({ instance, boltPort, httpPort }) =>
      startLocalNeo4j({
        localDir: config.NEO4J_LOCAL_DIR,
        instance,
        boltPort,
        httpPort,
        password: config.NEO4J_PASSWORD,
        detach: true,
        extraSettings: TEST_SERVER_SETTINGS,
      }),
    ),
  );
}
const projects = ['--project', 'read-only', '--project', 'writes'];
// vitest's own bin in this process's node: npx would first start npm (half a second or more).
const bin = fileURLToPath(new URL('../node_modules/vitest/vitest.mjs', import.meta.url));
const args = [bin, 'run', ...projects, ...process.argv.slice(2)];
const vitest = spawnSync(process.execPath, args, {
  stdio: 'inherit',
  // The planner's random equivalence check: 20 selections here, 100 in `npm test`.
  env: { TEST_RANDOM_SELECTIONS: '20', ...env },
});
process.exit(vitest.status ?? 1);
