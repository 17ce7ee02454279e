import net from 'node:net';
import { LocalNeo4jError } from './errors.ts';

/** True when something accepts TCP connections on host:port. */
export function isListening(host: string, port: number, timeoutMs = 1000): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port });
    const done = (listening: boolean) => {
      socket.destroy();
      resolve(listening);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

/** What a Neo4j HTTP connector says about itself at its root, or undefined when it is not Neo4j. */
export async function neo4jDiscovery(
  host: string,
  httpPort: number,
): Promise<{ neo4j_version: string; neo4j_edition: string } | undefined> {
  try {
    const response = await fetch(`http://${host}:${httpPort}/`, {
      headers: { accept: 'application/json' },
      signal: AbortSignal.timeout(2000),
    });
    if (!response.ok) return undefined;
    const body = (await response.json()) as Record<string, unknown>;
    return typeof body.neo4j_version === 'string'
      ? (body as { neo4j_version: string; neo4j_edition: string })
      : undefined;
  } catch {
    return undefined;
  }
}

/** True when the port answers the Bolt handshake (magic preamble, then a 4-byte version). */
export function speaksBolt(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port });
    const done = (bolt: boolean) => {
      socket.destroy();
      resolve(bolt);
    };
    socket.setTimeout(1000, () => done(false));
    socket.once('error', () => done(false));
    socket.once('connect', () => {
      const versions = [0x00000505, 0x00000404, 0x00000004, 0x00000003];
      const handshake = Buffer.alloc(20);
      handshake.writeUInt32BE(0x6060b017, 0);
      for (const [i, version] of versions.entries()) handshake.writeUInt32BE(version, 4 + i * 4);
      socket.write(handshake);
    });
    socket.once('data', (reply) => done(reply.length >= 4 && reply.readUInt32BE(0) !== 0));
  });
}

/** Refuses to start when the Bolt or HTTP port is taken, saying by whom as far as it can tell. */
export async function assertPortsFree(host: string, boltPort: number, httpPort: number) {
  for (const [name, port] of [
    ['Bolt', boltPort],
    ['HTTP', httpPort],
  ] as const) {
    if (!(await isListening(host, port))) continue;
    const other =
      name === 'HTTP'
        ? (await neo4jDiscovery(host, port)) && 'another Neo4j (HTTP)'
        : (await speaksBolt(host, port)) && 'another Neo4j (Bolt)';
    const who = other ? `${other} that this project did not start` : 'another program';
    throw new LocalNeo4jError(
      `Port ${port} (${name}) on ${host} is held by ${who}. Free it, pick other ports with NEO4J_BOLT_PORT / NEO4J_HTTP_PORT, or use that server.`,
    );
  }
}
