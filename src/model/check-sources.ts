// Provenance checks: every fact resolves to sources declared in its file or an earlier one (or,
// for an import, anywhere in the import or in the database), and its quote is word for word in
// the text of each of them (the quote-fidelity rule).

import type { PathKey } from '../load/read/issues.ts';
import type { ParsedFile } from '../load/read/parse-file.ts';
import type { SeedError } from './format.ts';

export interface LoadedSource {
  /** -1 for a source already in the database. */
  fileIndex: number;
  /** Undefined when the source has no text; `broken` when its text file could not be read. */
  text: string | undefined;
  broken: boolean;
}

interface Fact {
  sourceIds?: string[];
  quote?: string;
}

export function checkSources(
  files: ParsedFile[],
  sources: Map<string, LoadedSource>,
  ordered = true,
): SeedError[] {
  const errors: SeedError[] = [];

  const check = (
    file: ParsedFile,
    fileIndex: number,
    fact: Fact,
    path: PathKey[],
    fallback?: string[],
    quoteKey = 'quote',
  ) => {
    const report = (where: PathKey[], message: string) =>
      errors.push({
        file: file.file,
        path: file.describe(where),
        message,
        line: file.lineOf(where),
      });
    const sourceIds = fact.sourceIds ?? fallback ?? file.defaultSourceIds;
    if (!sourceIds) {
      report([...path, 'sourceIds'], 'no sourceIds, and the file declares no defaultSourceIds');
      return;
    }
    const listed = fact.sourceIds ? [...path, 'sourceIds'] : path;
    for (const sourceId of sourceIds) {
      const source = sources.get(sourceId);
      if (!source) {
        const where = ordered ? 'in this or an earlier file' : 'in the import, or load it first';
        report(listed, `unknown source "${sourceId}": declare it under sources: ${where}`);
      } else if (ordered && source.fileIndex > fileIndex) {
        report(
          listed,
          `source "${sourceId}" is declared in a later file; the writer loads files in order`,
        );
      } else if (fact.quote === undefined || source.broken) {
        // nothing to compare, or the unreadable text file is reported already
      } else if (source.text === undefined) {
        report([...path, quoteKey], `source "${sourceId}" has no text to check the quote against`);
      } else if (!source.text.includes(fact.quote)) {
        const quote = JSON.stringify(fact.quote);
        report([...path, quoteKey], `quote is not word for word in source "${sourceId}": ${quote}`);
      }
    }
  };

  files.forEach((file, fileIndex) => {
    for (const { index, value } of file.nodes) {
      check(file, fileIndex, value, ['nodes', index]);
      // An alias that is a fact of its own quotes its sources too (the node's, unless it names any).
      const aliases = 'aliases' in value && Array.isArray(value.aliases) ? value.aliases : [];
      aliases.forEach((alias, position) => {
        if (typeof alias === 'string') return;
        const fallback = value.sourceIds ?? file.defaultSourceIds;
        check(file, fileIndex, alias, ['nodes', index, 'aliases', position], fallback);
      });
      if (value.label !== 'Measure') continue;
      // The words that give a measure's scope ("to all destinations") must be the source's too.
      const scopeQuote = { sourceIds: value.sourceIds, quote: value.scopeQuote };
      if (value.scopeQuote !== undefined)
        check(file, fileIndex, scopeQuote, ['nodes', index], undefined, 'scopeQuote');
      // A status change without sources of its own has its measure's.
      const fallback = value.sourceIds ?? file.defaultSourceIds;
      value.statusHistory.forEach((change, position) => {
        check(file, fileIndex, change, ['nodes', index, 'statusHistory', position], fallback);
      });
    }
    for (const { index, value } of file.relationships) {
      check(file, fileIndex, value, ['relationships', index]);
    }
  });
  return errors;
}
