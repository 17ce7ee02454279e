import { defineQuery } from './cypher.ts';
import type { Database } from './database.ts';

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
export const countFigures = defineQuery<LabelParams, { total: number }>('read/count-figures', [
  'label',
  'includeRetracted',
]);

export async function countFigurePage(
  db: Database,
  label: FigureLabel,
  includeRetracted = false,
): Promise<number> {
  if (!FIGURE_LABELS.includes(label)) throw new Error(`Not a figure label: ${label}`);
  const rows = await db.run(countFigures, { label, includeRetracted });
  return rows[0]?.total ?? 0;
}
