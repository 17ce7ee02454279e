// How much one file may hold. An import is written in one transaction, so its size is bounded:
// a file over a limit is refused before it is parsed, with an error naming it (docs/import-export.md).

export interface SeedLimits {
  /** Bytes per file. */
  bytes: number;
  /** Entries per file: sources + nodes + relationships + history entries, or CSV rows. */
  entries: number;
}

export const DEFAULT_LIMITS: SeedLimits = { bytes: 20 * 1024 * 1024, entries: 50_000 };

const mebibytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;

export function bytesOverLimit(size: number, limits: SeedLimits): string | undefined {
  if (size <= limits.bytes) return undefined;
  return `the file is ${mebibytes(size)}; the limit is ${mebibytes(limits.bytes)} per file: split it into several files`;
}

export function entriesOverLimit(count: number, limits: SeedLimits): string | undefined {
  if (count <= limits.entries) return undefined;
  const limit = limits.entries.toLocaleString('en');
  return `the file has ${count.toLocaleString('en')} entries; the limit is ${limit} per file: split it into several files`;
}
