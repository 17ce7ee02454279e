import { fileURLToPath } from 'node:url';
import type { Database } from '../db/database.ts';
import type { SeedError } from '../model/format.ts';
import { readSeed } from './read/read.ts';
import { formatCounts, formatError } from './report.ts';
import { type WriteCounts, writeFiles } from './write.ts';

/** The seed folder of the repository. */
export const SEED_DIR = fileURLToPath(new URL('../../seed/', import.meta.url));

export class SeedValidationError extends Error {
  override name = 'SeedValidationError';
  constructor(readonly errors: SeedError[]) {
    const lines = errors.map((error) => `  ${formatError(error)}`);
    super(`The seed has ${errors.length} error(s); nothing was written:\n${lines.join('\n')}`);
  }
}

/**
 * Validates every file first (all errors at once), then writes each file in one transaction,
 * through the one write path (src/load/write.ts) as `seed`: loading it twice changes nothing.
 */
export async function loadSeed(
  db: Database,
  path: string = SEED_DIR,
  log: (line: string) => void = () => {},
): Promise<{ files: number; nodes: number; relationships: number; counts: WriteCounts }> {
  const read = await readSeed(path);
  if (!read.ok) throw new SeedValidationError(read.errors);
  const started = Date.now();
  const written = await writeFiles(db, read.files, {
    by: 'seed',
    onProgress: ({ file, written, total }) => {
      if (written === total) log(`  ${file}: ${total} nodes and relationships`);
    },
  });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  log(
    `Seed loaded: ${written.nodes} nodes, ${written.relationships} relationships in ${seconds} s.`,
  );
  for (const line of formatCounts(written.counts)) log(`  ${line}`);
  return { files: read.files.length, ...written };
}

export async function isDatabaseEmpty(db: Database): Promise<boolean> {
  const rows = await db.runText<{ empty: boolean }>('RETURN NOT EXISTS { MATCH (n) } AS empty');
  return rows[0]?.empty ?? true;
}
