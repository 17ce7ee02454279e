/**
 * One measured run: a target's flows at one concurrency for a while, with what its server and
 * Neo4j spent meanwhile (round trips, CPU, memory), per answer.
 */
import os from 'node:os';
import { drive } from './drive.ts';
import type { CaseName, Flow } from './flows.ts';
import { processCpuMs } from './process-cpu.ts';
import type { Measurement, TargetName } from './report.ts';
import type { ServerUnderTest } from './servers.ts';

export async function measureRun(
  server: ServerUnderTest,
  name: CaseName | 'mix',
  flows: Flow[],
  options: { concurrency: number; seconds: number; answers?: number; neo4jPid: number },
): Promise<Measurement> {
  const before = await server.stats();
  const neo4jBefore = processCpuMs(options.neo4jPid);
  const clientBefore = process.cpuUsage();
  const result = await drive(server.url, flows, {
    connections: options.concurrency,
    seconds: options.seconds,
    ...(options.answers ? { answers: options.answers } : {}),
  });
  const client = process.cpuUsage(clientBefore);
  const neo4jCpu = processCpuMs(options.neo4jPid) - neo4jBefore;
  const after = await server.stats();
  const [load1 = 0] = os.loadavg();
  const answers = result.answers + result.failures;
  const perAnswer = (amount: number) => (answers > 0 ? amount / answers : 0);
  return {
    target: server.name as TargetName,
    case: name,
    concurrency: options.concurrency,
    result,
    roundTripsPerAnswer: perAnswer(after.roundTrips - before.roundTrips),
    rssMb: after.rss / 2 ** 20,
    pauses: after.pauses,
    load1,
    cpuMsPerAnswer: {
      server: perAnswer(after.cpuMs - before.cpuMs),
      neo4j: perAnswer(neo4jCpu),
      client: perAnswer((client.user + client.system) / 1000),
    },
  };
}
