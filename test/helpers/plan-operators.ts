/** The operators of an EXPLAIN or PROFILE plan (`result.summary.plan`), depth first. */
export function planOperators(plan: unknown): string[] {
  const node = plan as { operatorType: string; children: unknown[] };
  return [node.operatorType, ...node.children.flatMap(planOperators)];
}
