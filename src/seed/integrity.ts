// Checks that need every file at once: unique ids, relationship ends that exist (in this file or
// an earlier one, because the writer loads files in order) with allowed labels, known sources,
// and quotes that are word for word in their sources.

import type { SeedError } from './format.ts';
import { type NodeEntry, SUPER_LABELS } from './format-nodes.ts';
import { RELATIONSHIP_ENDS } from './format-relationships.ts';
import { formatPath, type PathKey } from './issues.ts';
import type { ParsedFile } from './parse-file.ts';

export interface LoadedSource {
  fileIndex: number;
  /** Undefined when the source has no text; `broken` when its text file could not be read. */
  text: string | undefined;
  broken: boolean;
}

interface Definition {
  fileIndex: number;
  file: string;
  path: string;
  labels: readonly string[];
}

interface Fact {
  sourceIds?: string[];
  quote?: string;
}

export function checkIntegrity(
  files: ParsedFile[],
  sources: Map<string, LoadedSource>,
): SeedError[] {
  const errors: SeedError[] = [];
  const report = (file: ParsedFile, path: PathKey[], message: string) =>
    errors.push({ file: file.file, path: formatPath(path), message, line: file.lineOf(path) });
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
        return;
      }
      definitions.set(id, { fileIndex, file: file.file, path: formatPath(path), labels });
    };
    for (const { index, value } of file.sources) define(value.id, ['Source'], ['sources', index]);
    for (const { index, value } of file.nodes) {
      define(value.id, [value.label, ...SUPER_LABELS[value.label]], ['nodes', index]);
    }
  });

  /** Resolves a fact's sources and checks its quote against each one's text. */
  const checkProvenance = (
    file: ParsedFile,
    fileIndex: number,
    fact: Fact,
    path: PathKey[],
    fallback?: string[],
  ) => {
    const sourceIds = fact.sourceIds ?? fallback ?? file.defaultSourceIds;
    if (!sourceIds) {
      report(
        file,
        [...path, 'sourceIds'],
        'no sourceIds, and the file declares no defaultSourceIds',
      );
      return;
    }
    for (const sourceId of sourceIds) {
      const source = sources.get(sourceId);
      const where = fact.sourceIds ? [...path, 'sourceIds'] : [...path];
      if (!source) {
        report(
          file,
          where,
          `unknown source "${sourceId}": declare it under sources: in this or an earlier file`,
        );
      } else if (source.fileIndex > fileIndex) {
        report(
          file,
          where,
          `source "${sourceId}" is declared in a later file; the writer loads files in order`,
        );
      } else if (fact.quote !== undefined && !source.broken) {
        if (source.text === undefined) {
          report(
            file,
            [...path, 'quote'],
            `source "${sourceId}" has no text to check the quote against`,
          );
        } else if (!source.text.includes(fact.quote)) {
          report(
            file,
            [...path, 'quote'],
            `quote is not word for word in source "${sourceId}": ${JSON.stringify(fact.quote)}`,
          );
        }
      }
    }
  };

  files.forEach((file, fileIndex) => {
    for (const { index, value } of file.nodes) {
      checkProvenance(file, fileIndex, value, ['nodes', index]);
      if (value.label === 'Measure')
        checkStatusHistory(file, fileIndex, value, index, checkProvenance);
    }
    const relationshipIds = new Map<string, number>();
    for (const { index, value } of file.relationships) {
      const path: PathKey[] = ['relationships', index];
      checkProvenance(file, fileIndex, value, path);
      const allowed = RELATIONSHIP_ENDS[value.type];
      for (const end of ['from', 'to'] as const) {
        const id = value[end];
        const definition = definitions.get(id);
        const labelsAllowed: readonly string[] = allowed[end];
        if (!definition) {
          // An id written in an entry that failed validation already has its own error.
          if (!files.some((other) => other.declaredIds.has(id))) {
            report(file, [...path, end], `no node has id "${id}"`);
          }
        } else if (definition.fileIndex > fileIndex) {
          report(
            file,
            [...path, end],
            `"${id}" is defined in a later file (${definition.file}); the writer loads files in order`,
          );
        } else if (!definition.labels.some((label) => labelsAllowed.includes(label))) {
          report(
            file,
            [...path, end],
            `${value.type} cannot ${end === 'from' ? 'start at' : 'end at'} "${id}" (${definition.labels[0]}); allowed: ${labelsAllowed.join(', ')}`,
          );
        }
      }
      const id = relationshipId(value);
      const earlier = relationshipIds.get(id);
      if (earlier !== undefined) {
        report(
          file,
          path,
          `duplicate relationship ${id} (also relationships[${earlier}]); give one a distinct key`,
        );
      } else {
        relationshipIds.set(id, index);
      }
    }
  });
  return errors;
}

function checkStatusHistory(
  file: ParsedFile,
  fileIndex: number,
  measure: Extract<NodeEntry, { label: 'Measure' }>,
  index: number,
  checkProvenance: (
    file: ParsedFile,
    fileIndex: number,
    fact: Fact,
    path: PathKey[],
    fallback?: string[],
  ) => void,
) {
  const fallback = measure.sourceIds ?? file.defaultSourceIds;
  measure.statusHistory.forEach((change, position) => {
    checkProvenance(file, fileIndex, change, ['nodes', index, 'statusHistory', position], fallback);
  });
}

export function relationshipId(relationship: {
  from: string;
  to: string;
  type: string;
  key?: string;
}): string {
  const key = relationship.key ? `#${relationship.key}` : '';
  return `${relationship.from}-[${relationship.type}${key}]->${relationship.to}`;
}
