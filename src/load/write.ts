import { defineQuery } from '../db/cypher.ts';
import type { Database } from '../db/database.ts';
import type { NormalizedSeedFile } from '../seed/format.ts';
import { toNeo4jProps } from './to-neo4j.ts';

type NodeRow = { id: string; labels: string[]; props: Record<string, unknown> };
type RelationshipRow = {
  id: string;
  type: string;
  from: string;
  to: string;
  props: Record<string, unknown>;
};

const mergeNodes = defineQuery<{ rows: NodeRow[] }, never>('load/merge-nodes', ['rows']);
const mergeRelationships = defineQuery<{ rows: RelationshipRow[] }, never>(
  'load/merge-relationships',
  ['rows'],
);

/** Rows per UNWIND: large enough to amortise round trips, small enough to keep memory flat. */
const BATCH = 1000;

export interface WriteProgress {
  file: string;
  written: number;
  total: number;
}

/**
 * Writes validated files, each in ONE transaction: nodes first, then relationships. A failure
 * (a constraint, the database going away) rolls the whole file back; nothing is half-written.
 */
export async function writeFiles(
  db: Database,
  files: NormalizedSeedFile[],
  onProgress: (progress: WriteProgress) => void = () => {},
): Promise<{ nodes: number; relationships: number }> {
  let nodes = 0;
  let relationships = 0;
  for (const file of files) {
    const total = file.nodes.length + file.relationships.length;
    let written = 0;
    await db.transaction('WRITE', async (run) => {
      for (const rows of batches(file.nodes)) {
        await run(mergeNodes, {
          rows: rows.map((n) => ({
            id: n.id,
            labels: ['Entity', ...n.labels],
            props: toNeo4jProps(n.props),
          })),
        });
        written += rows.length;
        onProgress({ file: file.file, written, total });
      }
      for (const rows of batches(file.relationships)) {
        await run(mergeRelationships, {
          rows: rows.map((r) => ({
            id: r.id,
            type: r.type,
            from: r.from,
            to: r.to,
            props: toNeo4jProps(r.props),
          })),
        });
        written += rows.length;
        onProgress({ file: file.file, written, total });
      }
    });
    nodes += file.nodes.length;
    relationships += file.relationships.length;
  }
  return { nodes, relationships };
}

function* batches<T>(items: T[]): Generator<T[]> {
  for (let start = 0; start < items.length; start += BATCH) yield items.slice(start, start + BATCH);
}
