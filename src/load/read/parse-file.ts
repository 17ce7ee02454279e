// Parses one seed file (YAML, or JSON which YAML reads too) and validates it entry by entry, so
// one bad entry does not stop the others from being checked across files.
import { LineCounter, parseDocument } from 'yaml';
import { z } from 'zod';
import type { SeedError } from '../../model/format.ts';
import { type HistoryEntry, HistoryEntrySchema } from '../../model/format-history.ts';
import {
  type NodeEntry,
  NodeSchema,
  type SourceEntry,
  SourceSchema,
} from '../../model/format-nodes.ts';
import { SourceIdSchema } from '../../model/format-primitives.ts';
import { type RelationshipEntry, RelationshipSchema } from '../../model/format-relationships.ts';
import { DEFAULT_LIMITS, entriesOverLimit, type SeedLimits } from './file-limits.ts';
import { formatPath, issuesToProblems, type PathKey } from './issues.ts';

export interface Entry<T> {
  /** Position in its list, for error paths such as `nodes[12]`. */
  index: number;
  value: T;
}

export interface ParsedFile {
  file: string;
  defaultSourceIds: string[] | undefined;
  sources: Entry<SourceEntry>[];
  nodes: Entry<NodeEntry>[];
  relationships: Entry<RelationshipEntry>[];
  /** Knowledge time and earlier versions, as an export writes them (read with `restore` only). */
  history: Entry<HistoryEntry>[];
  /** Ids written in the file, valid entries or not: an invalid node is not also "missing". */
  declaredIds: Set<string>;
  /** The 1-based line of a path, or of its nearest parent present in the file. */
  lineOf(path: PathKey[]): number | undefined;
  /** How a path is written in errors: `nodes[12].quote` in YAML, `rows[11].quote` in CSV. */
  describe(path: PathKey[]): string;
}

/** A file with nothing read from it yet: YAML and CSV differ only in how they place a path. */
export function emptyParsedFile(
  file: string,
  lineOf: ParsedFile['lineOf'],
  describe: ParsedFile['describe'],
): ParsedFile {
  return {
    file,
    defaultSourceIds: undefined,
    sources: [],
    nodes: [],
    relationships: [],
    history: [],
    declaredIds: new Set(),
    lineOf,
    describe,
  };
}

export type ListName = 'sources' | 'nodes' | 'relationships' | 'history';

const FileShell = z.strictObject({
  defaultSourceIds: z.array(SourceIdSchema).min(1).optional(),
  sources: z.array(z.unknown()).default([]),
  nodes: z.array(z.unknown()).default([]),
  relationships: z.array(z.unknown()).default([]),
  history: z.array(z.unknown()).default([]),
});

const LISTS: ListName[] = ['sources', 'nodes', 'relationships', 'history'];

export function parseSeedText(
  file: string,
  text: string,
  limits: SeedLimits = DEFAULT_LIMITS,
): { parsed: ParsedFile; errors: SeedError[] } {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const lineOf = (path: PathKey[]) => {
    for (let depth = path.length; depth >= 0; depth--) {
      const node = document.getIn(path.slice(0, depth), true) as { range?: [number] } | undefined;
      if (node?.range) return lineCounter.linePos(node.range[0]).line;
    }
    return undefined;
  };
  const parsed = emptyParsedFile(file, lineOf, formatPath);
  const errors: SeedError[] = [];
  const report = (path: PathKey[], message: string) =>
    errors.push({ file, path: formatPath(path), message, line: lineOf(path) });

  if (document.errors.length > 0) {
    for (const error of document.errors) {
      const line = lineCounter.linePos(error.pos[0]).line;
      errors.push({ file, path: '', message: `not valid YAML/JSON: ${error.message}`, line });
    }
    return { parsed, errors };
  }

  const raw: unknown = document.toJS() ?? {};
  const shell = FileShell.safeParse(raw);
  if (!shell.success) {
    for (const problem of issuesToProblems(shell.error.issues, raw))
      report(problem.path, problem.message);
    return { parsed, errors };
  }
  parsed.defaultSourceIds = shell.data.defaultSourceIds;
  const entries = LISTS.reduce((count, list) => count + shell.data[list].length, 0);
  const tooMany = entriesOverLimit(entries, limits);
  if (tooMany) {
    report([], tooMany);
    return { parsed, errors };
  }

  const validate = <T>(list: ListName, schema: z.ZodType, into: Entry<T>[]) => {
    shell.data[list].forEach((entry, index) => {
      const id = (entry as { id?: unknown } | null)?.id;
      if (typeof id === 'string' && list !== 'history') parsed.declaredIds.add(id);
      const result = schema.safeParse(entry);
      if (result.success) {
        into.push({ index, value: result.data as T });
        return;
      }
      for (const problem of issuesToProblems(result.error.issues, entry)) {
        report([list, index, ...problem.path], problem.message);
      }
    });
  };
  validate('sources', SourceSchema, parsed.sources);
  validate('nodes', NodeSchema, parsed.nodes);
  validate('relationships', RelationshipSchema, parsed.relationships);
  validate('history', HistoryEntrySchema, parsed.history);
  return { parsed, errors };
}
