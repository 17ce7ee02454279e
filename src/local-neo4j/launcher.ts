/**
 * The embedded default: when NEO4J_URI is unset the project runs its own Neo4j 5.26 Community
 * server, from jars Maven fetches once, as a child process of ours.
 *
 * Why the real server entry point (org.neo4j.server.CommunityEntryPoint) and not neo4j-harness:
 * the harness is built to be embedded in a JVM test and throws its data away; we need a separate,
 * long-lived process with its own neo4j.conf, persistent data, the HTTP connector serving the Neo4j
 * Browser, and the same behaviour as the server users run in production. The entry point is what
 * the distribution's `neo4j console` runs, minus the shell scripts (whose JVM flags conf.ts repeats).
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, openSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { type InstanceSettings, jvmArgs, renderConf } from './conf.ts';
import { LocalNeo4jError } from './errors.ts';
import { ensureJars } from './jars.ts';
import { checkJava, javaExecutable } from './java.ts';
import { isAlive, isOurServer, readRecord, removeRecord, writeRecord } from './pidfile.ts';
import { assertPortsFree } from './ports.ts';
import { guardServer, stopServer } from './stop.ts';
import { waitForServer } from './wait.ts';

export { stopServer } from './stop.ts';

export interface LocalNeo4jOptions {
  /** Folder for the jars and every instance (default .neo4j). */
  localDir: string;
  /** One folder per instance, so tests never touch the user's data. */
  instance: string;
  boltPort: number;
  httpPort: number;
  password: string;
  heap?: string;
  pageCache?: string;
  /** db.transaction.timeout (conf.ts has the default). */
  transactionTimeout?: string;
  /** More neo4j.conf lines (conf.ts); none for `npm start`. */
  extraSettings?: string[];
  startTimeoutMs?: number;
  /** Let the server outlive this process (the `npm run neo4j -- start` command). */
  detach?: boolean;
  log?: (line: string) => void;
}

export interface LocalNeo4j {
  boltUri: string;
  browserUrl: string;
  pid: number;
  home: string;
  /** True when a server of this instance was already running and was reused. */
  reused: boolean;
  /**
   * Stops the server if this process owns it (SIGTERM, SIGKILL after `graceMs`); a server shared
   * with a live owner is left alone.
   */
  stop(graceMs?: number): Promise<void>;
}

const HOST = '127.0.0.1';

export async function startLocalNeo4j(options: LocalNeo4jOptions): Promise<LocalNeo4j> {
  const log = options.log ?? ((line: string) => console.log(line));
  const settings: InstanceSettings = {
    home: path.resolve(options.localDir, options.instance),
    host: HOST,
    boltPort: options.boltPort,
    httpPort: options.httpPort,
    heap: options.heap ?? '1g',
    pageCache: options.pageCache ?? '512m',
    transactionTimeout: options.transactionTimeout,
    extraSettings: options.extraSettings,
  };
  const recordFile = path.join(settings.home, 'run', 'server.json');
  const timeoutMs = options.startTimeoutMs ?? 120_000;

  const record = readRecord(recordFile);
  if (record && isOurServer(record.pid, settings.home)) {
    if (record.boltPort !== settings.boltPort || record.httpPort !== settings.httpPort) {
      throw new LocalNeo4jError(
        `The local Neo4j of ${settings.home} is already running (pid ${record.pid}) on Bolt ${record.boltPort} / HTTP ${record.httpPort}, not the ports asked for. Stop it first: npm run neo4j -- stop`,
        { withWaysOut: false },
      );
    }
    if (record.detached || isAlive(record.ownerPid)) {
      await waitForServer(settings, () => isOurServer(record.pid, settings.home), timeoutMs);
      log(`Reusing the local Neo4j already running (pid ${record.pid}).`);
      const owned = !record.detached && record.ownerPid === process.pid && !options.detach;
      return handle(settings, record.pid, true, owned, recordFile);
    }
    // Its owner died without stopping it (SIGKILL): its guard is stopping it, or (a server
    // started before guards existed) nobody is. Stop it for good, then start afresh.
    log(`Stopping the local Neo4j left by process ${record.ownerPid}, which is gone...`);
    await stopServer(record.pid);
  }
  if (record) {
    log(`Removing the record of a local Neo4j that is gone (pid ${record.pid}).`);
    await removeRecord(recordFile);
  }

  await assertPortsFree(HOST, settings.boltPort, settings.httpPort);
  const java = javaExecutable();
  checkJava(java);
  const lib = await ensureJars(path.resolve(options.localDir), log);
  prepareHome(settings, java, lib, options.password);

  log(`Starting Neo4j (Bolt ${HOST}:${settings.boltPort}, HTTP ${HOST}:${settings.httpPort})...`);
  const consoleFd = openSync(path.join(settings.home, 'logs', 'console.log'), 'a');
  const child = spawn(
    java,
    [
      ...jvmArgs(settings),
      '-cp',
      path.join(lib, '*'),
      'org.neo4j.server.CommunityEntryPoint',
      `--home-dir=${settings.home}`,
      `--config-dir=${path.join(settings.home, 'conf')}`,
    ],
    {
      cwd: settings.home,
      stdio: ['ignore', consoleFd, consoleFd],
      detached: options.detach ?? false,
    },
  );
  if (child.pid === undefined) throw new LocalNeo4jError(`Could not start ${java}.`);
  const pid = child.pid;
  let exited = false;
  child.once('exit', () => {
    exited = true;
  });
  if (options.detach) child.unref();
  else guardServer(pid, settings.home);
  await writeRecord(recordFile, {
    pid,
    ownerPid: process.pid,
    boltPort: settings.boltPort,
    httpPort: settings.httpPort,
    startedAt: new Date().toISOString(),
    detached: options.detach ?? false,
  });
  await waitForServer(settings, () => !exited, timeoutMs);
  return handle(settings, pid, false, !options.detach, recordFile);
}

/** Creates the instance folders, writes neo4j.conf, and sets the password before the first start. */
function prepareHome(settings: InstanceSettings, java: string, lib: string, password: string) {
  for (const dir of ['conf', 'data', 'logs', 'run', 'plugins', 'import']) {
    mkdirSync(path.join(settings.home, dir), { recursive: true });
  }
  writeFileSync(path.join(settings.home, 'conf', 'neo4j.conf'), renderConf(settings));
  if (existsSync(path.join(settings.home, 'data', 'dbms', 'auth.ini'))) return;
  const result = spawnSync(
    java,
    [
      '-cp',
      path.join(lib, '*'),
      'org.neo4j.cli.AdminTool',
      'dbms',
      'set-initial-password',
      password,
    ],
    {
      encoding: 'utf8',
      env: {
        ...process.env,
        NEO4J_HOME: settings.home,
        NEO4J_CONF: path.join(settings.home, 'conf'),
      },
    },
  );
  if (result.status !== 0) {
    throw new LocalNeo4jError(
      `Could not set the initial password:\n${result.stderr}${result.stdout}`,
      {
        withWaysOut: false,
      },
    );
  }
}

function handle(
  settings: InstanceSettings,
  pid: number,
  reused: boolean,
  owned: boolean,
  recordFile: string,
): LocalNeo4j {
  return {
    boltUri: `bolt://${HOST}:${settings.boltPort}`,
    browserUrl: `http://${HOST}:${settings.httpPort}/browser/`,
    pid,
    home: settings.home,
    reused,
    stop: async (graceMs) => {
      if (!owned) return;
      await stopServer(pid, graceMs);
      await removeRecord(recordFile);
    },
  };
}
