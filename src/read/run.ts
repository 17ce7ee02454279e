/**
 * Runs a root field's planned read: one round trip, and the nodes come back as the resolvers read
 * them (planned-node.ts), with nothing converted afterwards.
 */
import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../context.ts';
import { toPlain } from '../db/convert.ts';
import { planFor, type RootRead } from './plan.ts';
import type { PlannedNode } from './planned-node.ts';

export interface PlannedRead {
  nodes: (PlannedNode | null)[];
  /** The list's total over all pages, when its `totalCount` was selected and it has a count. */
  total?: number;
  /** Per node, the root query's `columns` answered beside it (RootRead.columns). */
  columns: Record<string, unknown>[];
}

export async function readPlanned(
  context: Context,
  info: GraphQLResolveInfo,
  root: RootRead,
): Promise<PlannedRead> {
  const whole = context.reads === 'whole';
  const plan = planFor(info, root, whole);
  const params: Record<string, unknown> = { ...root.params };
  for (const [name, value] of plan.params) params[name] = value(info.variableValues);
  // Named in metrics and traces by its root query: `plan:read/list-measures` …
  const name = `plan:${root.query.name}`;
  const { records } = await context.db.runRaw(plan.text, params, 'READ', { name });
  // Only the test oracle (`whole`) sends driver types; a projection sends none (project.ts).
  const value = (record: (typeof records)[number], key: string) =>
    whole ? toPlain(record.get(key)) : record.get(key);
  const nodes = records.map((record) => value(record, 'node') as PlannedNode | null);
  const names = root.columns ?? [];
  const columns = records.map((record) =>
    Object.fromEntries(names.map((name) => [name, value(record, name)])),
  );
  if (!plan.counts) return { nodes, columns };
  const total = ((records[0] && value(records[0], 'total')) as number | undefined) ?? 0;
  return { nodes, columns, total };
}
