type PlanNode = { operatorType: string; arguments?: { Details?: unknown }; children: unknown[] };

/** The operators of an EXPLAIN or PROFILE plan (`result.summary.plan`), depth first. */
export function planOperators(plan: unknown): string[] {
  const node = plan as PlanNode;
  return [node.operatorType, ...node.children.flatMap(planOperators)];
}

/**
 * The same without the database's name, each with what Neo4j says it does
 * ("NodeIndexScan RANGE INDEX m:Measure(id) WHERE id IS NOT NULL").
 */
export function planSteps(plan: unknown): string[] {
  const node = plan as PlanNode;
  const operator = node.operatorType.replace(/@.*$/, '');
  const details = node.arguments?.Details;
  const step = details ? `${operator} ${String(details)}` : operator;
  return [step, ...node.children.flatMap(planSteps)];
}
