import { z } from 'zod';
import type { Context } from '../../context.ts';
import { EXPOSURE_WEIGHTS } from '../../exposure/weights.ts';
import { NotFoundError, WrongKindError } from '../errors.ts';
import { loadKind, typeOf } from '../nodes/node-refs.ts';
import { HypotheticalMeasureError } from './exposure-errors.ts';

export const today = () => new Date().toISOString().slice(0, 10);

export const maxHopsOptions = {
  required: false,
  description: `INPUT_TO / MEMBER_OF steps between the good depended on and the good covered (default ${EXPOSURE_WEIGHTS.defaultDepth}, 1..${EXPOSURE_WEIGHTS.maxDepth}).`,
  validate: z
    .number()
    .int()
    .min(1, 'maxHops must be at least 1')
    .max(EXPOSURE_WEIGHTS.maxDepth, `maxHops must be at most ${EXPOSURE_WEIGHTS.maxDepth}`),
} as const;

/**
 * Throws the typed NotFoundError unless `id` is a node, WrongKindError unless it has `label`; a
 * hypothetical measure (where a measure or a firm was expected) is a HypotheticalMeasureError
 * that points at simulate.
 */
export async function requireNode(context: Context, id: string, label: string) {
  const node = await loadKind(context, id);
  if (node?.labels.includes('Measure') && node.hypothetical) throw new HypotheticalMeasureError(id);
  if (!node) throw new NotFoundError(id);
  if (!node.labels.includes(label)) throw new WrongKindError(id, label, typeOf(node) ?? 'node');
  return node;
}

/**
 * For an answer whose own first query found no `label` node with `id` (that query doubling as the
 * check): the check's typed error saying what the id is instead, else NotFoundError.
 */
export async function refuseMissing(context: Context, id: string, label: string): Promise<never> {
  await requireNode(context, id, label);
  throw new NotFoundError(id);
}

/**
 * `work` once `id` has passed requireNode, but started beside the check rather than after it: the
 * answer waits for one round trip to Neo4j where it waited for two. A refusal is the check's
 * typed error, and the work's own result (it may fail on the node it was wrongly given) is then
 * dropped, never left unhandled.
 */
export async function withNodeRequired<T>(
  context: Context,
  id: string,
  label: string,
  work: () => Promise<T>,
): Promise<T> {
  const check = requireNode(context, id, label);
  const answer = work();
  answer.catch(() => undefined);
  await check;
  return answer;
}

export async function requireNodes(context: Context, ids: string[]) {
  for (const id of ids) if (!(await loadKind(context, id))) throw new NotFoundError(id);
}

/** The `uncertain`/`uncertainty` pair every dated exposure answer carries (docs/exposure.md). */
export const uncertainFields = <T>(
  t: PothosSchemaTypes.ObjectFieldBuilder<
    typeof import('../../builder.ts').builder extends PothosSchemaTypes.SchemaBuilder<infer X>
      ? X
      : never,
    T
  >,
  reasonOf: (value: T) => string | null,
) => ({
  uncertain: t.boolean({
    description:
      'True when a status change on the way is dated to the month or year and the day asked falls in that period: it is counted from the period’s last day only, so the answer may change.',
    resolve: (value) => reasonOf(value) !== null,
  }),
  uncertainty: t.string({
    nullable: true,
    description:
      'Why the answer is uncertain, naming the measure and the dates; null if it is not.',
    resolve: (value) => reasonOf(value),
  }),
});
