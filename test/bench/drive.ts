/**
 * Drives HTTP load with autocannon: `connections` clients, each sending the steps of the given
 * flows in turn (one request in flight per client), for `seconds`, or until `answers` answers. The latency of an answer is
 * measured here from the first step's send to the last step's response, so an answer that needs
 * several requests (a peer client's) is timed whole, the same way as a one-request answer.
 *
 * Answers still in flight when the time is up are not lost from the percentiles: autocannon
 * drops them, and they are the slow ones (an answer of 2.5 s begun in the last 2.5 s of a 3 s
 * run never finishes in it), so without them a p99 leaves out the tail it is meant to show. Each
 * counts at the time it had taken so far, a lower bound: the percentiles are then at least what
 * is reported. Throughput counts finished answers only. (Not in a run of a number of answers:
 * there nothing is cut off by time.)
 */
import autocannon from 'autocannon';
import { type Context, type Flow, hasGraphqlErrors } from './flows.ts';

export interface RunResult {
  /** Answers per second (a flow of several requests counts once). */
  answersPerSecond: number;
  p50: number;
  p95: number;
  p99: number;
  answers: number;
  /** Answers still in flight at the end (counted in the percentiles at the time they had
   * taken), and the longest of those times, ms. */
  cutOff: number;
  slowestCutOff: number;
  failures: number;
  /** The first failure's status and body, to say what went wrong. */
  firstFailure?: string;
}

export async function drive(
  baseUrl: string,
  flows: Flow[],
  options: { connections: number; seconds: number; answers?: number },
): Promise<RunResult> {
  const latencies: number[] = [];
  let failures = 0;
  // Answers begun: a timed-out request gets no onResponse, so some answers are never counted
  // as failed by the steps; what was begun and never answered is (but for the last in flight).
  let started = 0;
  let firstFailure: string | undefined;
  // The answers begun and not yet finished: what is left here at the end was cut off.
  const open = new Set<Context>();
  const requests: autocannon.Request[] = flows.flatMap((flow) =>
    flow.steps.map((step, index) => ({
      method: 'POST' as const,
      path: step.path,
      headers: { 'content-type': 'application/json' },
      setupRequest: (request: autocannon.Request, state: object) => {
        const context = state as Context;
        if (index === 0) {
          started += 1;
          context.vars = flow.next();
          context.started = performance.now();
          context.failed = false;
          context.data = {};
          open.add(context);
        }
        if (context.failed) return { ...request, body: '{}' };
        try {
          const vars = context.vars as Record<string, unknown>;
          return { ...request, body: step.body(vars, context.data as Context) };
        } catch (error) {
          // An earlier step timed out (autocannon then sends the next step without a response).
          context.failed = true;
          firstFailure ??= `${flow.name}: ${(error as Error).message} (after an earlier step failed)`;
          return { ...request, body: '{}' };
        }
      },
      onResponse: (status: number, body: string, state: object) => {
        const context = state as Context;
        const last = index === flow.steps.length - 1;
        const fail = (error: unknown) => {
          context.failed = true;
          firstFailure ??= `${flow.name}: ${(error as Error).message}: ${body.slice(0, 300)}`;
        };
        let reading: unknown;
        if (!context.failed) {
          try {
            if (status !== 200 || hasGraphqlErrors(body)) throw new Error(`HTTP ${status}`);
            reading = step.read?.(JSON.parse(body), context.data as Context);
          } catch (error) {
            fail(error);
          }
        }
        if (!last) return;
        open.delete(context);
        // Only a flow's last step may read asynchronously (autocannon sends the next step at once).
        // The next flow reuses `context` at once: keep what this one needs.
        const started = context.started as number;
        const failed = context.failed as boolean;
        Promise.resolve(reading).then(
          () => {
            if (failed) failures += 1;
            else latencies.push(performance.now() - started);
          },
          (error) => {
            firstFailure ??= `${flow.name}: ${(error as Error).message}`;
            failures += 1;
          },
        );
      },
    })),
  );
  const result = await autocannon({
    url: baseUrl,
    connections: options.connections,
    // A number of answers is a number of requests: every step of every flow, that many times.
    ...(options.answers
      ? { amount: (options.answers * flows.reduce((n, f) => n + f.steps.length, 0)) / flows.length }
      : { duration: options.seconds }),
    requests,
    // An exposure answer on the large graph can take tens of seconds; a timeout is a failure.
    timeout: 120,
    // autocannon notices that a run is over at its next sample: once a second by default, so a
    // run of a few answers lasted a whole second (the smoke benchmark's 48 runs of 3 answers,
    // 50 of its 90 s). A run of a duration stops on its timer whatever this is.
    ...(options.answers ? { sampleInt: 50 } : {}),
  });
  const stopped = performance.now();
  // A run of a number of answers sends a number of requests, which can end inside a flow of
  // several steps: that answer was never going to be finished, so it is not a slow one.
  const cutOff = options.answers
    ? []
    : [...open].map((context) => stopped - (context.started as number));
  // Let the last answers' scoring (a peer client's) finish before counting.
  await new Promise((resolve) => setTimeout(resolve, 50));
  const answers = latencies.length;
  const timed = [...latencies, ...cutOff].sort((a, b) => a - b);
  const at = (q: number) => timed[Math.min(timed.length - 1, Math.floor(q * timed.length))] ?? 0;
  return {
    answersPerSecond: answers / (result.duration || options.seconds),
    p50: at(0.5),
    p95: at(0.95),
    p99: at(0.99),
    answers,
    cutOff: cutOff.length,
    slowestCutOff: Math.max(0, ...cutOff),
    failures: Math.max(failures + result.errors, started - answers - options.connections),
    ...(firstFailure ? { firstFailure } : {}),
  };
}
