/**
 * `npm run test:fast [-- <vitest args>]`: the edit loop. The test Neo4j (instance `test`, the
 * ports global-setup.ts uses) is started once, detached, and kept between runs, so a run pays
 * no start-up; the project "slow" is left out (faults, soak, benchmark, launcher, the browsers:
 * SLOW_TESTS in vitest.config.ts). `npm test` stays what CI runs: everything, on a Neo4j of its
 * own. Stop the kept server with `npm run neo4j -- --instance test stop`.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { loadConfig } from '../src/config.ts';
import { startLocalNeo4j } from '../src/local-neo4j/launcher.ts';
import { testPort } from './helpers/ports.ts';

const config = loadConfig();
const env = process.env;
if (!env.NEO4J_TEST_URI) {
  await startLocalNeo4j({
    localDir: config.NEO4J_LOCAL_DIR,
    instance: 'test',
    boltPort: Number(env.NEO4J_TEST_BOLT_PORT ?? testPort(17687)),
    httpPort: Number(env.NEO4J_TEST_HTTP_PORT ?? testPort(17474)),
    password: config.NEO4J_PASSWORD,
    detach: true,
  });
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
