import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { InstanceSettings } from './conf.ts';
import { LocalNeo4jError } from './errors.ts';
import { isListening, neo4jDiscovery } from './ports.ts';

/**
 * Waits until the server answers on Bolt and HTTP. Fails early, with the end of its logs, when the
 * process dies (a bad setting, a locked store) instead of waiting out the whole timeout.
 */
export async function waitForServer(
  settings: InstanceSettings,
  stillRunning: () => boolean,
  timeoutMs: number,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!stillRunning()) {
      throw new LocalNeo4jError(`Neo4j stopped during start-up.\n${logTail(settings.home)}`, {
        withWaysOut: false,
      });
    }
    const boltUp = await isListening(settings.host, settings.boltPort, 500);
    if (boltUp && (await neo4jDiscovery(settings.host, settings.httpPort))) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new LocalNeo4jError(
    `Neo4j did not answer within ${timeoutMs / 1000} s.\n${logTail(settings.home)}`,
    { withWaysOut: false },
  );
}

function logTail(home: string): string {
  const parts: string[] = [];
  for (const name of ['neo4j.log', 'console.log']) {
    const file = path.join(home, 'logs', name);
    try {
      const lines = readFileSync(file, 'utf8').trimEnd().split('\n').slice(-12);
      parts.push(`--- ${file} (last lines)\n${lines.join('\n')}`);
    } catch {
      // A log that was never written says nothing.
    }
  }
  return parts.join('\n');
}
