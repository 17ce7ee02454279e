// What a write did, counted in the database: created, updated, unchanged per nodes and per
// relationships; and the outcomes that stop a write (its transaction is then rolled back).
import type { OutcomeRow } from './queries.ts';

export interface Counts {
  created: number;
  updated: number;
  unchanged: number;
}
export interface WriteCounts {
  nodes: Counts;
  relationships: Counts;
}
/** A write that would rewrite recorded history, or found an end missing: nothing was written. */
export class WriteConflictError extends Error {
  override name = 'WriteConflictError';
}

export const zeroCounts = (): WriteCounts => ({
  nodes: { created: 0, updated: 0, unchanged: 0 },
  relationships: { created: 0, updated: 0, unchanged: 0 },
});

export function addCounts(into: WriteCounts, more: WriteCounts): WriteCounts {
  for (const kind of ['nodes', 'relationships'] as const) {
    for (const outcome of ['created', 'updated', 'unchanged'] as const) {
      into[kind][outcome] += more[kind][outcome];
    }
  }
  return into;
}

export function tally(counts: Counts, rows: OutcomeRow[]): void {
  for (const row of rows) {
    if (row.outcome === 'conflict') {
      throw new WriteConflictError(
        `${row.count} restored node(s) or relationship(s) differ from what the database holds, in data or in history (a restore only creates, or finds exactly what it would create): ${row.ids.join(', ')}`,
      );
    }
    if (row.outcome === 'dangling') {
      throw new WriteConflictError(
        `${row.count} relationship(s) have an end that is not in the database: ${row.ids.join(', ')}`,
      );
    }
    counts[row.outcome] += row.count;
  }
}
