// Finding, size-checking and parsing the files of a seed or an import, and reading the texts of
// their sources.
import { readdir, readFile, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { SeedError } from '../../model/format.ts';
import { bytesOverLimit, type SeedLimits } from './file-limits.ts';
import type { LoadedSource } from './integrity.ts';
import { csvKindOf, parseCsvText } from './parse-csv.ts';
import { type ParsedFile, parseSeedText } from './parse-file.ts';

export const SEED_EXTENSIONS = ['.yaml', '.yml', '.json'];
/** An import also takes CSV for the flat kinds. */
export const IMPORT_EXTENSIONS = [...SEED_EXTENSIONS, '.csv'];

export async function listSeedFiles(folder: string, extensions: string[]): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile() && !entry.name.startsWith('.'))
    .filter((entry) => extensions.some((extension) => entry.name.endsWith(extension)))
    .map((entry) => join(entry.parentPath, entry.name));
}

/** Parses one file by its extension, unless it is over the size limit. */
export async function parseOneFile(
  name: string,
  path: string,
  limits: SeedLimits,
): Promise<{ parsed?: ParsedFile; errors: SeedError[] }> {
  const tooBig = bytesOverLimit((await stat(path)).size, limits);
  if (tooBig) return { errors: [{ file: name, path: '', message: tooBig }] };
  const text = await readFile(path, 'utf8');
  if (!name.endsWith('.csv')) return parseSeedText(name, text, limits);
  const kind = csvKindOf(name);
  if (kind) return parseCsvText(name, text, kind, limits);
  const message =
    'cannot tell what this CSV holds: name it …actors.csv, …goods.csv or …dependencies.csv';
  return { errors: [{ file: name, path: '', message }] };
}

export async function loadSourceTexts(
  files: ParsedFile[],
  folderOf: (file: ParsedFile) => string,
  errors: SeedError[],
): Promise<Map<string, LoadedSource>> {
  const sources = new Map<string, LoadedSource>();
  for (const [fileIndex, file] of files.entries()) {
    for (const { index, value } of file.sources) {
      if (sources.has(value.id)) continue; // the duplicate is reported by the integrity check
      let text = value.text;
      let broken = false;
      if (value.textFile !== undefined) {
        const path = resolve(folderOf(file), value.textFile);
        try {
          text = await readFile(path, 'utf8');
        } catch (error) {
          broken = true;
          const reason = (error as NodeJS.ErrnoException).code ?? String(error);
          const where = ['sources', index, 'textFile'];
          errors.push({
            file: file.file,
            path: `sources[${index}].textFile`,
            message: `cannot read text file ${value.textFile} (${reason}); paths are relative to the seed file`,
            line: file.lineOf(where),
          });
        }
      }
      sources.set(value.id, { fileIndex, text, broken });
    }
  }
  return sources;
}
