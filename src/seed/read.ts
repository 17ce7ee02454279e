// Reads a seed file or folder, validates everything, and returns either the normalised files
// or every error found (never just the first), each naming its file and path.
import { readdir, readFile, stat } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import type { NormalizedSeedFile, ReadResult, SeedError } from './format.ts';
import { checkIntegrity, type LoadedSource } from './integrity.ts';
import { normalizeFile } from './normalize.ts';
import { type ParsedFile, parseSeedText } from './parse-file.ts';

const SEED_EXTENSIONS = ['.yaml', '.yml', '.json'];
/** Files under this folder are loaded first: they define what the other files point at. */
const REFERENCE_FOLDER = 'reference/';

async function listSeedFiles(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile() && !entry.name.startsWith('.'))
    .filter((entry) => SEED_EXTENSIONS.some((extension) => entry.name.endsWith(extension)))
    .map((entry) => join(entry.parentPath, entry.name));
}

const toPosix = (path: string) => path.split(sep).join('/');

/** Reference files first, then by path; plain code-unit order so every machine agrees. */
export function loadOrder(a: string, b: string): number {
  const referenceA = a.startsWith(REFERENCE_FOLDER);
  const referenceB = b.startsWith(REFERENCE_FOLDER);
  if (referenceA !== referenceB) return referenceA ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

async function loadSourceTexts(
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

export async function readSeed(pathToFileOrFolder: string): Promise<ReadResult> {
  const root = resolve(pathToFileOrFolder);
  const rootInfo = await stat(root).catch(() => undefined);
  if (!rootInfo) {
    return {
      ok: false,
      errors: [{ file: pathToFileOrFolder, path: '', message: 'no such file or folder' }],
    };
  }
  const base = rootInfo.isDirectory() ? root : dirname(root);
  const absolutePaths = rootInfo.isDirectory() ? await listSeedFiles(root) : [root];
  const byName = new Map(absolutePaths.map((path) => [toPosix(relative(base, path)), path]));
  const names = [...byName.keys()].sort(loadOrder);
  if (names.length === 0) {
    const message = `no seed files (${SEED_EXTENSIONS.join(', ')}) found`;
    return { ok: false, errors: [{ file: pathToFileOrFolder, path: '', message }] };
  }

  const errors: SeedError[] = [];
  const files: ParsedFile[] = [];
  for (const name of names) {
    const text = await readFile(byName.get(name) as string, 'utf8');
    const { parsed, errors: fileErrors } = parseSeedText(name, text);
    files.push(parsed);
    errors.push(...fileErrors);
  }
  const folderOf = (file: ParsedFile) => dirname(byName.get(file.file) as string);
  const sources = await loadSourceTexts(files, folderOf, errors);
  errors.push(...checkIntegrity(files, sources));
  if (errors.length > 0) return { ok: false, errors };

  const normalized: NormalizedSeedFile[] = files.map((file) => normalizeFile(file, sources));
  return { ok: true, files: normalized };
}
