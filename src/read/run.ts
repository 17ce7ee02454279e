/**
 * Runs a root field's planned read: one round trip, and the nodes come back as the resolvers read
 * them (planned-node.ts), with nothing converted afterwards.
 */
import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../context.ts';
import { planFor, type RootRead } from './plan.ts';
import type { PlannedNode } from './planned-node.ts';

export async function readPlanned(
  context: Context,
  info: GraphQLResolveInfo,
  root: RootRead,
): Promise<(PlannedNode | null)[]> {
  const plan = planFor(info, root);
  const params: Record<string, unknown> = { ...root.params };
  for (const [name, value] of plan.params) params[name] = value(info.variableValues);
  const { records } = await context.db.runRaw(plan.text, params, 'READ');
  return records.map((record) => record.get('node') as PlannedNode | null);
}
