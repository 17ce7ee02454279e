/**
 * One answer fetched step by step with fetch (no load): checks that a case works on a target
 * before it is measured, and warms the server's and Neo4j's caches and query plans.
 */
import { type Context, type Flow, hasGraphqlErrors } from './flows.ts';

export async function answerOnce(baseUrl: string, flow: Flow): Promise<unknown> {
  const vars = flow.next();
  const context: Context = {};
  let answer: unknown;
  for (const step of flow.steps) {
    const response = await fetch(`${baseUrl}${step.path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: step.body(vars, context),
    });
    const text = await response.text();
    if (response.status !== 200 || hasGraphqlErrors(text)) {
      throw new Error(
        `${flow.name} failed on ${baseUrl}${step.path} (HTTP ${response.status}): ${text.slice(0, 500)}`,
      );
    }
    answer = JSON.parse(text);
    await step.read?.(answer, context);
  }
  // A client that assembles its answer itself (the peer's exposure) leaves it in the context.
  return context.answer ?? answer;
}
