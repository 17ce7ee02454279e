import { defineQuery } from './cypher.ts';
import type { Database } from './database.ts';
import type { GraphNode } from './graph-node.ts';
import { type PageParams, pageParams } from './page.ts';

/**
 * The only labels `$label` may take: the query matches a dynamic label, and the figure lists must
 * not become a way to page through nodes of any other kind.
 */
export const FIGURE_LABELS = [
  'Observation',
  'TradeFlow',
  'SupplyDependency',
  'ImpactEstimate',
] as const;
export type FigureLabel = (typeof FIGURE_LABELS)[number];

type LabelParams = { label: FigureLabel; includeRetracted: boolean };
const findFigures = defineQuery<LabelParams & PageParams, GraphNode>('read/find-figures', [
  'label',
  'includeRetracted',
  'offset',
  'limit',
]);
export const countFigures = defineQuery<LabelParams, { total: number }>('read/count-figures', [
  'label',
  'includeRetracted',
]);

/** One page of the figures of one kind, by id. */
export function findFigurePage(
  db: Database,
  label: FigureLabel,
  offset: number,
  limit: number,
  includeRetracted = false,
) {
  if (!FIGURE_LABELS.includes(label)) throw new Error(`Not a figure label: ${label}`);
  return db.run(findFigures, { label, includeRetracted, ...pageParams(offset, limit) });
}

export async function countFigurePage(
  db: Database,
  label: FigureLabel,
  includeRetracted = false,
): Promise<number> {
  if (!FIGURE_LABELS.includes(label)) throw new Error(`Not a figure label: ${label}`);
  const rows = await db.run(countFigures, { label, includeRetracted });
  return rows[0]?.total ?? 0;
}
