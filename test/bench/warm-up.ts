/**
 * Before measuring: every case is answered a few times on every target, one answer at a time
 * (checking it works, warming the server's and Neo4j's caches and query plans, and collecting
 * the exposure answers to compare across targets), then mixed load warms each server.
 */
import { fingerprint } from './compare.ts';
import { drive } from './drive.ts';
import { type CaseName, type Context, type Flow, hasGraphqlErrors } from './flows.ts';
import type { TargetName } from './report.ts';
import type { ServerUnderTest } from './servers.ts';

/** Longest a single answer may take before the case counts as failed on that target. */
const ANSWER_TIMEOUT_MS = 300_000;

export async function answerOnce(baseUrl: string, flow: Flow): Promise<unknown> {
  const vars = flow.next();
  const context: Context = {};
  let answer: unknown;
  for (const step of flow.steps) {
    const response = await fetch(`${baseUrl}${step.path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: step.body(vars, context),
      signal: AbortSignal.timeout(ANSWER_TIMEOUT_MS),
    });
    const text = await response.text();
    if (response.status !== 200 || hasGraphqlErrors(text)) {
      throw new Error(`HTTP ${response.status}: ${text.slice(0, 300)}`);
    }
    answer = JSON.parse(text);
    await step.read?.(answer, context);
  }
  // A client that assembles its answer itself (the peer's exposure) leaves it in the context.
  return context.answer ?? answer;
}

export interface WarmUp {
  /** Per target and case, the fingerprints of the exposure answers, in sample order. */
  answers: Map<TargetName, Map<CaseName, string[][]>>;
  /** `target/case` → why it failed: such a case is reported failed and not measured. */
  failed: Map<string, string>;
}

export async function warmUp(
  servers: ServerUnderTest[],
  flowsOf: (target: TargetName) => Flow[],
  options: { answers: number; seconds: number; log: (line: string) => void },
): Promise<WarmUp> {
  const result: WarmUp = { answers: new Map(), failed: new Map() };
  for (const server of servers) {
    const target = server.name as TargetName;
    const answers = new Map<CaseName, string[][]>();
    result.answers.set(target, answers);
    options.log(`Checking and warming up ${target}...`);
    const working: Flow[] = [];
    for (const flow of flowsOf(target)) {
      try {
        for (let i = 0; i < options.answers; i++) {
          const lines = fingerprint(target, flow.name, await answerOnce(server.url, flow));
          if (lines) answers.set(flow.name, [...(answers.get(flow.name) ?? []), lines]);
        }
        working.push(flow);
      } catch (error) {
        const why = `${(error as Error).name === 'TimeoutError' ? `no answer within ${ANSWER_TIMEOUT_MS / 1000} s` : (error as Error).message}`;
        result.failed.set(`${target}/${flow.name}`, why);
        options.log(`${target} ${flow.name} failed in the warm-up, not measured: ${why}`);
      }
    }
    if (options.seconds > 0 && working.length > 0) {
      await drive(server.url, working, { connections: 8, seconds: options.seconds });
    }
  }
  return result;
}
