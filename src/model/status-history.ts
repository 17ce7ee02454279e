// A measure's status history as it stands. A retracted change stays in the list (its index is
// its id, and nothing is deleted) but no longer counts: not for the date order a new change must
// keep, nor for the `status`, `announcedOn`, `effectiveFrom` and `liftedOn` derived from the
// history. Which changes are retracted the database says (an import, a mutation), or, restoring
// an export, the file's own `history:` section.
import type { KnownNode } from '../load/read/check-database.ts';
import type { ParsedFile } from '../load/read/parse-file.ts';
import type { SeedError } from './format.ts';
import type { MeasureEntry, StatusChangeEntry } from './format-nodes.ts';

/** Per measure id, the indexes of its status changes that are retracted. */
export type RetractedChanges = Map<string, ReadonlySet<number>>;

/** The id the normaliser gives a measure's index-th status change. */
export const statusChangeId = (measureId: string, index: number) => `${measureId}/status/${index}`;

export function retractedChanges(
  files: ParsedFile[],
  known: ReadonlyMap<string, KnownNode>,
): RetractedChanges {
  const retracted = new Map<string, Set<number>>();
  const add = (measureId: string, index: number) => {
    const indexes = retracted.get(measureId) ?? new Set<number>();
    retracted.set(measureId, indexes.add(index));
  };
  for (const [id, node] of known) for (const index of node.retractedChanges ?? []) add(id, index);
  for (const file of files) {
    const restored = new Set(
      file.history
        .filter(({ value }) => value.retractedAt !== undefined)
        .map(({ value }) => value.id),
    );
    if (restored.size === 0) continue;
    for (const { value } of file.nodes) {
      if (value.label !== 'Measure') continue;
      value.statusHistory.forEach((_change, index) => {
        if (restored.has(statusChangeId(value.id, index))) add(value.id, index);
      });
    }
  }
  return retracted;
}

/** The changes that stand, oldest first, each with its index in the whole history. */
export function standingChanges(
  measure: MeasureEntry,
  retracted: RetractedChanges,
): { change: StatusChangeEntry; index: number }[] {
  const gone = retracted.get(measure.id);
  return measure.statusHistory
    .map((change, index) => ({ change, index }))
    .filter(({ index }) => !gone?.has(index));
}

/** Each standing change must not be dated before the standing change before it. */
export function checkDateOrder(files: ParsedFile[], retracted: RetractedChanges): SeedError[] {
  const errors: SeedError[] = [];
  for (const file of files) {
    for (const { index: entry, value } of file.nodes) {
      if (value.label !== 'Measure') continue;
      let previous: StatusChangeEntry | undefined;
      for (const { change, index } of standingChanges(value, retracted)) {
        if (previous && change.on.start < previous.on.start) {
          const path = ['nodes', entry, 'statusHistory', index, 'on'];
          errors.push({
            file: file.file,
            path: file.describe(path),
            line: file.lineOf(path),
            message: `statusHistory must be in date order: ${change.on.text} comes before ${previous.on.text}`,
          });
        }
        previous = change;
      }
    }
  }
  return errors;
}
