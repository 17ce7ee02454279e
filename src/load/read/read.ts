// Reads a seed (or an import) file or folder, validates everything, and returns either the
// normalised files or every error found (never just the first), each naming its file and path.
import { stat } from 'node:fs/promises';
import { dirname, relative, resolve, sep } from 'node:path';
import type { NormalizedSeedFile, ReadResult, SeedError } from '../../model/format.ts';
import { checkDateOrder, retractedChanges } from '../../model/status-history.ts';
import { idsToLookUp, type KnownNode, type LookupNodes, mergeKnown } from './check-database.ts';
import { DEFAULT_LIMITS, type SeedLimits } from './file-limits.ts';
import { checkIntegrity } from './integrity.ts';
import { normalizeFile } from './normalize.ts';
import type { ParsedFile } from './parse-file.ts';
import {
  IMPORT_EXTENSIONS,
  listSeedFiles,
  loadSourceTexts,
  parseOneFile,
  SEED_EXTENSIONS,
} from './read-files.ts';

export type { KnownNode, LookupNodes } from './check-database.ts';

/** Files under this folder are loaded first: they define what the other files point at. */
const REFERENCE_FOLDER = 'reference/';

export interface ReadOptions {
  /**
   * `seed` (the default): YAML/JSON whose references point at the same file or an earlier one,
   * because the seed is written file by file. `import`: CSV too, and references may point
   * anywhere in the import (written in one transaction) or, through `lookup`, into the database.
   */
  mode?: 'seed' | 'import';
  /** Import: what the database holds for ids the files refer to but do not define. */
  lookup?: LookupNodes;
  /** Accept the `history:` sections of an export (knowledge time and earlier versions). */
  restore?: boolean;
  limits?: SeedLimits;
}

const toPosix = (path: string) => path.split(sep).join('/');

/** Reference files first, then by path; plain code-unit order so every machine agrees. */
export function loadOrder(a: string, b: string): number {
  const referenceA = a.startsWith(REFERENCE_FOLDER);
  const referenceB = b.startsWith(REFERENCE_FOLDER);
  if (referenceA !== referenceB) return referenceA ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

export async function readSeed(
  pathToFileOrFolder: string,
  options: ReadOptions = {},
): Promise<ReadResult> {
  const { mode = 'seed', limits = DEFAULT_LIMITS } = options;
  const root = resolve(pathToFileOrFolder);
  const rootInfo = await stat(root).catch(() => undefined);
  if (!rootInfo) {
    return {
      ok: false,
      errors: [{ file: pathToFileOrFolder, path: '', message: 'no such file or folder' }],
    };
  }
  const extensions = mode === 'import' ? IMPORT_EXTENSIONS : SEED_EXTENSIONS;
  const base = rootInfo.isDirectory() ? root : dirname(root);
  const absolutePaths = rootInfo.isDirectory() ? await listSeedFiles(root, extensions) : [root];
  const byName = new Map(absolutePaths.map((path) => [toPosix(relative(base, path)), path]));
  const names = [...byName.keys()].sort(loadOrder);
  if (names.length === 0) {
    const message = `no seed files (${extensions.join(', ')}) found`;
    return { ok: false, errors: [{ file: pathToFileOrFolder, path: '', message }] };
  }

  const errors: SeedError[] = [];
  const files: ParsedFile[] = [];
  for (const name of names) {
    const { parsed, errors: fileErrors } = await parseOneFile(name, byName.get(name) ?? '', limits);
    if (parsed) files.push(parsed);
    errors.push(...fileErrors);
    if (parsed && parsed.history.length > 0 && !options.restore) {
      const message =
        'a history section (knowledge time and earlier versions, written by export) is only read by an import with --restore';
      errors.push({ file: name, path: 'history', message, line: parsed.lineOf(['history']) });
    }
  }
  const folderOf = (file: ParsedFile) => dirname(byName.get(file.file) as string);
  const sources = await loadSourceTexts(files, folderOf, errors);
  const external = new Map<string, readonly string[]>();
  const known = options.lookup
    ? await options.lookup(idsToLookUp(files))
    : new Map<string, KnownNode>();
  errors.push(...mergeKnown(files, known, sources, external));
  const retracted = retractedChanges(files, known);
  errors.push(...checkDateOrder(files, retracted));
  const integrity = { ordered: mode === 'seed', external, restore: options.restore === true };
  errors.push(...checkIntegrity(files, sources, integrity));
  if (errors.length > 0) return { ok: false, errors };

  const normalized = files.map((file) => normalizeFile(file, sources, retracted));
  files.forEach((file, index) => {
    errors.push(...checkHistoryIds(file, normalized[index] as NormalizedSeedFile));
  });
  return errors.length > 0 ? { ok: false, errors } : { ok: true, files: normalized };
}

/** Each history entry must be about a node or relationship the same file writes, once. */
function checkHistoryIds(file: ParsedFile, normalized: NormalizedSeedFile): SeedError[] {
  const written = new Set([...normalized.nodes, ...normalized.relationships].map((e) => e.id));
  const seen = new Set<string>();
  const errors: SeedError[] = [];
  for (const { index, value } of file.history) {
    const path = ['history', index, 'id'];
    const problem = !written.has(value.id)
      ? `"${value.id}" is not a node or relationship of this file`
      : seen.has(value.id)
        ? `"${value.id}" has two history entries`
        : undefined;
    seen.add(value.id);
    if (problem) {
      errors.push({
        file: file.file,
        path: file.describe(path),
        message: problem,
        line: file.lineOf(path),
      });
    }
  }
  return errors;
}
