// Checks that need every file at once: unique ids, and relationship ends that exist and carry
// labels the type allows. A seed's ends must be in the same file or an earlier one (the writer
// loads files in order, one transaction each); an import's anywhere in it or in the database (it
// is written in one transaction). Sources and quotes are checked in check-sources.ts.
import { checkQuoteEnds } from '../../model/check-quote-ends.ts';
import { checkSources, type LoadedSource } from '../../model/check-sources.ts';
import type { SeedError } from '../../model/format.ts';
import { RELATIONSHIP_ENDS, relationshipId } from '../../model/format-relationships.ts';
import { SUPER_LABELS } from '../../model/labels.ts';
import type { PathKey } from './issues.ts';
import type { ParsedFile } from './parse-file.ts';

export type { LoadedSource } from '../../model/check-sources.ts';

interface Definition {
  fileIndex: number;
  file: string;
  path: string;
  labels: readonly string[];
}

type Report = (file: ParsedFile, path: PathKey[], message: string) => void;

export interface IntegrityOptions {
  /** Seed: files are written in order, so references may only point back. Import: anywhere. */
  ordered: boolean;
  /** Import: nodes already in the database that the files refer to, with their labels. */
  external: Map<string, readonly string[]>;
  /**
   * Restoring an export: the graph as it was, quotes and all. Rules added since it was written
   * (quotes that name what they support) must not keep a backup from coming back.
   */
  restore?: boolean;
}

function defineAll(files: ParsedFile[], report: Report): Map<string, Definition> {
  const definitions = new Map<string, Definition>();
  files.forEach((file, fileIndex) => {
    const define = (id: string, labels: readonly string[], path: PathKey[]) => {
      const first = definitions.get(id);
      if (first) {
        report(
          file,
          [...path, 'id'],
          `duplicate id "${id}": first defined in ${first.file} at ${first.path}`,
        );
      } else {
        const line = file.lineOf(path);
        const where = `${file.describe(path)}${line ? ` (line ${line})` : ''}`;
        definitions.set(id, { fileIndex, file: file.file, path: where, labels });
      }
    };
    for (const { index, value } of file.sources) define(value.id, ['Source'], ['sources', index]);
    for (const { index, value } of file.nodes) {
      define(value.id, [value.label, ...SUPER_LABELS[value.label]], ['nodes', index]);
    }
  });
  return definitions;
}

function checkRelationships(
  files: ParsedFile[],
  definitions: Map<string, Definition>,
  report: Report,
  { ordered, external }: IntegrityOptions,
) {
  const inDatabase = (id: string): Definition | undefined => {
    const labels = external.get(id);
    return labels && { fileIndex: -1, file: 'the database', path: '', labels };
  };
  files.forEach((file, fileIndex) => {
    const seen = new Map<string, number>();
    for (const { index, value } of file.relationships) {
      const path: PathKey[] = ['relationships', index];
      for (const end of ['from', 'to'] as const) {
        const id = value[end];
        const definition = definitions.get(id) ?? inDatabase(id);
        const allowed: readonly string[] = RELATIONSHIP_ENDS[value.type][end];
        if (!definition) {
          // An id written in an entry that failed validation already has its own error.
          if (!files.some((other) => other.declaredIds.has(id))) {
            const where = ordered ? '' : ' in the import or in the database';
            report(file, [...path, end], `no node has id "${id}"${where}`);
          }
        } else if (ordered && definition.fileIndex > fileIndex) {
          const where = `defined in a later file (${definition.file})`;
          report(file, [...path, end], `"${id}" is ${where}; the writer loads files in order`);
        } else if (!definition.labels.some((label) => allowed.includes(label))) {
          const verb = end === 'from' ? 'start at' : 'end at';
          const actual = `"${id}" (${definition.labels[0]})`;
          report(
            file,
            [...path, end],
            `${value.type} cannot ${verb} ${actual}; allowed: ${allowed.join(', ')}`,
          );
        }
      }
      const id = relationshipId(value);
      const earlier = seen.get(id);
      if (earlier === undefined) seen.set(id, index);
      else {
        const message = `duplicate relationship ${id} (also relationships[${earlier}]); give one a distinct key`;
        report(file, path, message);
      }
    }
  });
}

export function checkIntegrity(
  files: ParsedFile[],
  sources: Map<string, LoadedSource>,
  options: IntegrityOptions = { ordered: true, external: new Map() },
): SeedError[] {
  const errors: SeedError[] = [];
  const report: Report = (file, path, message) =>
    errors.push({ file: file.file, path: file.describe(path), message, line: file.lineOf(path) });
  const definitions = defineAll(files, report);
  errors.push(...checkSources(files, sources, options.ordered));
  if (!options.restore) errors.push(...checkQuoteEnds(files, sources));
  checkRelationships(files, definitions, report, options);
  return errors;
}
