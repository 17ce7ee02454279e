/**
 * The real server as a child process, on a free loopback port, against the Neo4j of NEO4J_URI:
 * for tests that send it signals or measure it. By default what `npm start` runs, in one
 * process: `node --import tsx src/main.ts`. (signals.test.ts runs `npm start` itself.)
 */
import { type ChildProcess, spawn } from 'node:child_process';
import net from 'node:net';
import type { DatabaseSettings } from '../../src/db/database.ts';

export interface ServerProcess {
  url: string;
  child: ChildProcess;
  /** Resolves with the exit code (null when killed by a signal) once the process has ended. */
  exited: Promise<number | null>;
  /** Everything it wrote to stdout and stderr so far: its JSON log lines. */
  output(): string;
  /** SIGTERM, then SIGKILL if it has not exited within `graceMs`. */
  stop(graceMs?: number): Promise<number | null>;
  /** Sends `signal`, expecting the server to exit (so its exit is not reported as a crash). */
  signal(signal: NodeJS.Signals): void;
}

export async function startServer(
  neo4j: DatabaseSettings,
  options: {
    command?: string[];
    env?: NodeJS.ProcessEnv;
    /** An IPC channel to the child (only for a node child: npx would hold it open). */
    ipc?: boolean;
    readyTimeoutMs?: number;
  } = {},
): Promise<ServerProcess> {
  const [program = process.execPath, ...args] = options.command ?? [
    process.execPath,
    '--import',
    'tsx',
    'src/main.ts',
  ];
  const port = await freePort();
  const child = spawn(program, args, {
    env: {
      ...process.env,
      NEO4J_URI: neo4j.uri,
      NEO4J_USER: neo4j.user,
      NEO4J_PASSWORD: neo4j.password,
      NEO4J_DATABASE: neo4j.database,
      HOST: '127.0.0.1',
      PORT: String(port),
      LOG_LEVEL: 'info',
      ...options.env,
    },
    // Its own process group, so a failed test can end the server and anything it started.
    detached: true,
    stdio: options.ipc ? ['ignore', 'pipe', 'pipe', 'ipc'] : ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk) => {
    output += chunk;
  });
  child.stderr?.on('data', (chunk) => {
    output += chunk;
  });
  let stopping = false;
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code, signal) => {
      // A server that dies while a test still uses it: say why, or the test only times out.
      if (!stopping) {
        console.error(`[server] exited on its own (${code ?? signal}):\n${output.slice(-4000)}`);
      }
      resolve(code);
    }),
  );
  let gone = false;
  void exited.then(() => {
    gone = true;
  });
  const server: ServerProcess = {
    url: `http://127.0.0.1:${port}`,
    child,
    exited,
    output: () => output,
    signal: (signal) => {
      stopping = true;
      child.kill(signal);
    },
    stop: async (graceMs = 15_000) => {
      stopping = true;
      if (!gone) child.kill('SIGTERM');
      const timer = setTimeout(() => killGroup(child), graceMs);
      const code = await exited;
      clearTimeout(timer);
      killGroup(child); // whatever it left behind
      return code;
    },
  };
  const deadline = Date.now() + (options.readyTimeoutMs ?? 150_000);
  while (!(await isReady(server.url))) {
    if (gone || Date.now() > deadline) {
      await server.stop(1000);
      throw new Error(`The server did not get ready:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return server;
}

function killGroup(child: ChildProcess): void {
  try {
    if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
  } catch {
    // already gone
  }
}

async function isReady(url: string): Promise<boolean> {
  try {
    return (await fetch(`${url}/ready`)).status === 200;
  } catch {
    return false;
  }
}

/** A port nobody listens on right now (the OS picks it). */
export async function freePort(): Promise<number> {
  const probe = net.createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as net.AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}
