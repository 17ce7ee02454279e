/**
 * `npm run neo4j -- <start|stop|status>`: the local Neo4j alone, for analysts who want the Browser
 * without the API. `start` leaves the server running in the background; `stop` ends it.
 */
import path from 'node:path';
import { Command } from 'commander';
import { loadConfig } from '../config.ts';
import { startLocalNeo4j } from '../local-neo4j/launcher.ts';
import { isOurServer, readRecord, removeRecord } from '../local-neo4j/pidfile.ts';
import { stopServer } from '../local-neo4j/stop.ts';

const program = new Command('neo4j').description('Manage the project’s local Neo4j server.');
program.option('--instance <name>', 'instance folder under NEO4J_LOCAL_DIR', 'default');

const recordOf = (instance: string) => {
  const home = path.resolve(loadConfig().NEO4J_LOCAL_DIR, instance);
  return { home, file: path.join(home, 'run', 'server.json') };
};

program.command('start').action(async () => {
  const config = loadConfig();
  const server = await startLocalNeo4j({
    localDir: config.NEO4J_LOCAL_DIR,
    instance: program.opts().instance,
    boltPort: config.NEO4J_BOLT_PORT,
    httpPort: config.NEO4J_HTTP_PORT,
    password: config.NEO4J_PASSWORD,
    detach: true,
  });
  console.log(`Neo4j running (pid ${server.pid}): ${server.boltUri}, Browser ${server.browserUrl}`);
  process.exit(0);
});

program.command('stop').action(async () => {
  const { home, file } = recordOf(program.opts().instance);
  const record = readRecord(file);
  if (!record || !isOurServer(record.pid, home)) return console.log('Not running.');
  await stopServer(record.pid);
  await removeRecord(file);
  console.log(`Stopped Neo4j (pid ${record.pid}).`);
});

program.command('status').action(() => {
  const { home, file } = recordOf(program.opts().instance);
  const record = readRecord(file);
  const running = record !== undefined && isOurServer(record.pid, home);
  console.log(
    running
      ? `Running: pid ${record.pid}, Bolt ${record.boltPort}, HTTP ${record.httpPort}`
      : 'Not running.',
  );
  process.exitCode = running ? 0 : 1;
});

program.parseAsync().catch((error: Error) => {
  console.error(error.message);
  process.exit(2);
});
