// How the load path reports to a person: counts and validation errors, one line each.
import type { SeedError } from '../model/format.ts';
import type { Counts, WriteCounts } from './write.ts';

const line = (counts: Counts) =>
  `${counts.created} created, ${counts.updated} updated, ${counts.unchanged} unchanged`;

export function formatCounts(counts: WriteCounts): string[] {
  return [`nodes:         ${line(counts.nodes)}`, `relationships: ${line(counts.relationships)}`];
}

/** `file:line path: message`, the form editors and terminals turn into links. */
export function formatError(error: SeedError): string {
  const where = `${error.file}${error.line ? `:${error.line}` : ''}`;
  return `${where}${error.path ? ` ${error.path}` : ''}: ${error.message}`;
}
