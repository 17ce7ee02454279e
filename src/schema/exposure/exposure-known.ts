import type { ArgBuilder } from '@pothos/core';
import type { FieldNode, GraphQLResolveInfo } from 'graphql';
import type { builder } from '../../builder.ts';
import type { Context } from '../../context.ts';
import { type InputLabel, SUPER_LABELS } from '../../model/labels.ts';
import { plannedNodeById } from '../../read/nodes-by-id.ts';
import type { PlannedNode } from '../../read/planned-node.ts';
import { selectsIdOnly } from '../../read/selection.ts';
import { labelOfId } from '../nodes/global-ids.ts';
import { present } from '../nodes/node-props.ts';
import { DateTime } from '../scalars.ts';

type Types = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never;

/**
 * `knownAt` of the exposure queries: the graph as it was known at an instant (docs/history.md).
 * Beside `asOf` (valid time: which measures were in force that day) it answers "what did the
 * graph say last Tuesday about exposure on 1 December". Retracted facts never count.
 */
export const knownAtArg = (arg: ArgBuilder<Types>) =>
  arg({
    type: DateTime,
    required: false,
    description:
      'Read the graph as it was known at this instant: only facts asserted by then and not retracted by then. Default: now.',
  });

/**
 * The nodes of an exposure answer (the firm, the measure, each hop's ends, a curbed good) are read
 * by the planner (src/read/nodes-by-id.ts) for the field's own selection, siblings in one round
 * trip, and as the graph was known at the root's `knownAt`: `exposure(knownAt: t)` shows a
 * measure as `measures(knownAt: t)` does. Every shape of an answer carries the root's `knownAt`.
 */
export interface Known {
  knownAt?: string | null;
}
export const planned = (context: Context, info: GraphQLResolveInfo, id: string, known: Known) =>
  plannedNodeById(context, info, id, known.knownAt ?? null);
/**
 * A node the answer cannot do without: as known then, else (never expected) as it stands now.
 * Typed as present (`present`): were it neither, the non-null field refuses the null as before.
 * Its id came from the answer's own reads, so the node was there; when nothing but its `id` is
 * selected (a hop's `from { id }`), its id names its type (docs/ids.md) and no read is made.
 */
export const required = async (
  context: Context,
  info: GraphQLResolveInfo,
  id: string,
  known: Known,
): Promise<PlannedNode> =>
  bareNode(context, info, id) ??
  present(
    (await plannedNodeById(context, info, id, known.knownAt ?? null)) ??
      (await plannedNodeById(context, info, id)),
  );

/** Per request, whether each field position selects only `id` (worked out once per position). */
const idOnlyAt = new WeakMap<Context, Map<FieldNode, boolean>>();

/** The node as its id alone tells it (id, label, super-labels), when that is all selected. */
function bareNode(context: Context, info: GraphQLResolveInfo, id: string): PlannedNode | null {
  const [field] = info.fieldNodes;
  if (!field) return null;
  let positions = idOnlyAt.get(context);
  if (!positions) {
    positions = new Map();
    idOnlyAt.set(context, positions);
  }
  let idOnly = positions.get(field);
  if (idOnly === undefined) {
    idOnly = selectsIdOnly(info);
    positions.set(field, idOnly);
  }
  const label = idOnly ? labelOfId(id) : undefined;
  if (label === undefined || !(label in SUPER_LABELS)) return null;
  return { id, labels: [label, ...SUPER_LABELS[label as InputLabel]], props: {} };
}

/**
 * A hop's properties without its retraction: exposure walks only facts that stood at the
 * answer's instant (now, or `knownAt`), so a retraction on record came later, unknown then.
 */
export function standing(props: Record<string, unknown>): Record<string, unknown> {
  const { retractedAt: _at, retractedBy: _by, retractionReason: _reason, ...stood } = props;
  return stood;
}
