// `npm run import`: validate everything (the files and what they refer to in the database), then
// write all of it in ONE transaction through the one write path, or nothing at all.
import { basename, resolve } from 'node:path';
import type { Database } from '../db/database.ts';
import type { SeedError } from '../model/format.ts';
import { findKnownNodes } from './queries.ts';
import type { SeedLimits } from './read/file-limits.ts';
import { type KnownNode, type LookupNodes, readSeed } from './read/read.ts';
import { formatError } from './report.ts';
import { type WriteCounts, type WriteProgress, writeAll } from './write.ts';

/** Nodes + relationships one import may write: it is one transaction, held in memory by Neo4j. */
export const IMPORT_MAX_ROWS = 200_000;

export interface ImportOptions {
  /** Who imports: written as `assertedBy`/`updatedBy` = `import:<as>`; the file name by default. */
  as?: string;
  /** Validate and count what would change, then roll back. */
  dryRun?: boolean;
  /** Read the `history:` of an export and restore knowledge time and versions exactly. */
  restore?: boolean;
  limits?: SeedLimits;
  /** Nodes + relationships one import may write; IMPORT_MAX_ROWS by default. */
  maxRows?: number;
  now?: string;
  /** Called before writing (written 0 of total), then after each batch. */
  onProgress?: (progress: WriteProgress) => void;
}

export interface ImportResult {
  by: string;
  files: number;
  nodes: number;
  relationships: number;
  counts: WriteCounts;
  dryRun: boolean;
}

export class ImportValidationError extends Error {
  override name = 'ImportValidationError';
  constructor(readonly errors: SeedError[]) {
    const lines = errors.map((error) => `  ${formatError(error)}`);
    super(`The import has ${errors.length} error(s); nothing was written:\n${lines.join('\n')}`);
  }
}

export async function importGraph(
  db: Database,
  path: string,
  options: ImportOptions = {},
): Promise<ImportResult> {
  const by = `import:${options.as ?? basename(resolve(path))}`;
  const read = await readSeed(path, {
    mode: 'import',
    lookup: lookupNodes(db),
    restore: options.restore ?? false,
    ...(options.limits ? { limits: options.limits } : {}),
  });
  if (!read.ok) throw new ImportValidationError(read.errors);
  const nodes = read.files.reduce((sum, file) => sum + file.nodes.length, 0);
  const relationships = read.files.reduce((sum, file) => sum + file.relationships.length, 0);
  const maxRows = options.maxRows ?? IMPORT_MAX_ROWS;
  if (nodes + relationships > maxRows) {
    const message = `the import writes ${nodes + relationships} nodes and relationships; one import (one transaction) may write at most ${maxRows}: split it`;
    throw new ImportValidationError([{ file: path, path: '', message }]);
  }
  const counts = await writeAll(db, read.files, {
    by,
    dryRun: options.dryRun ?? false,
    ...(options.now ? { now: options.now } : {}),
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
  });
  const dryRun = options.dryRun ?? false;
  return { by, files: read.files.length, nodes, relationships, counts, dryRun };
}

/** The primary label first (`Company`), super-labels after, as the reader lists them. */
const rank = (label: string) => ['Organization', 'Actor'].indexOf(label) + 1;

/** Looks ids up in batches, in a read of its own: the reader's view of the database. */
export function lookupNodes(db: Database): LookupNodes {
  return async (ids) => {
    const known = new Map<string, KnownNode>();
    for (let start = 0; start < ids.length; start += 1000) {
      const rows = await db.run(findKnownNodes, { ids: ids.slice(start, start + 1000) });
      for (const { id, labels, ...node } of rows) {
        known.set(id, { labels: labels.sort((a, b) => rank(a) - rank(b)), ...node });
      }
    }
    return known;
  };
}
