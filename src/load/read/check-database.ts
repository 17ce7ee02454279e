// What an import must know about the database before it writes: the nodes its files refer to but
// do not define (sources with their texts, for the quote check; endpoints with their labels), and
// how many status changes each of its measures already has (a history may grow, never shrink) and
// which of them are retracted (they no longer count: status-history.ts).
import type { SeedError } from '../../model/format.ts';
import type { LoadedSource } from './integrity.ts';
import type { ParsedFile } from './parse-file.ts';

export interface KnownNode {
  /** Labels without `Entity`. */
  labels: string[];
  /** A source's text, for the quote check. */
  text?: string | null;
  /** A measure's stored status changes. */
  statusChanges?: number;
  /** The indexes of a measure's stored status changes that are retracted. */
  retractedChanges?: number[];
}

/** Looks ids up in the database; ids it does not hold are simply absent from the answer. */
export type LookupNodes = (ids: string[]) => Promise<Map<string, KnownNode>>;

/** Ids the files refer to without defining them, and the measures they define. */
export function idsToLookUp(files: ParsedFile[]): string[] {
  const defined = new Set(files.flatMap((file) => [...file.declaredIds]));
  const ids = new Set<string>();
  const refer = (id: string) => {
    if (!defined.has(id)) ids.add(id);
  };
  for (const file of files) {
    for (const id of file.defaultSourceIds ?? []) refer(id);
    for (const { value } of file.nodes) {
      for (const id of value.sourceIds ?? []) refer(id);
      if (value.label !== 'Measure') continue;
      ids.add(value.id);
      for (const change of value.statusHistory) for (const id of change.sourceIds ?? []) refer(id);
    }
    for (const { value } of file.relationships) {
      for (const id of [value.from, value.to, ...(value.sourceIds ?? [])]) refer(id);
    }
  }
  return [...ids].sort();
}

/** Adds what the database holds to what the files define, and checks measures' histories. */
export function mergeKnown(
  files: ParsedFile[],
  known: Map<string, KnownNode>,
  sources: Map<string, LoadedSource>,
  external: Map<string, readonly string[]>,
): SeedError[] {
  for (const [id, node] of known) {
    external.set(id, node.labels);
    if (node.labels.includes('Source') && !sources.has(id)) {
      sources.set(id, { fileIndex: -1, text: node.text ?? undefined, broken: false });
    }
  }
  const errors: SeedError[] = [];
  for (const file of files) {
    for (const { index, value } of file.nodes) {
      const stored = known.get(value.id)?.statusChanges ?? 0;
      if (value.label !== 'Measure' || stored <= value.statusHistory.length) continue;
      const path = ['nodes', index, 'statusHistory'];
      errors.push({
        file: file.file,
        path: file.describe(path),
        line: file.lineOf(path),
        message: `the database holds ${stored} status changes of "${value.id}" and this gives ${value.statusHistory.length}: a status history may grow, never shrink (nothing is deleted)`,
      });
    }
  }
  return errors;
}
