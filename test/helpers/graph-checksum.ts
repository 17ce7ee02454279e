import { createHash } from 'node:crypto';
import type { Database } from '../../src/db/database.ts';

/**
 * Counts and a SHA-256 over every node (labels + all properties) and every relationship (type,
 * ends + all properties), in a stable order: equal checksums mean byte-for-byte equal graphs.
 * The exposure reach index is left out, as the export leaves it out: it is derived from the
 * facts, not one of them, and every write that changes a path moves its state (docs/exposure.md).
 */
export async function graphChecksum(db: Database) {
  const nodes = await db.runText<{ labels: string[]; props: Record<string, unknown> }>(
    `MATCH (n) WHERE NOT n:ExposureReach AND NOT n:ExposureIndexState
     RETURN labels(n) AS labels, properties(n) AS props ORDER BY n.id`,
  );
  const relationships = await db.runText<Record<string, unknown>>(
    `MATCH (a)-[r]->(b)
     RETURN type(r) AS type, a.id AS from, b.id AS to, properties(r) AS props
     ORDER BY r.id, a.id, b.id`,
  );
  const hash = createHash('sha256');
  for (const node of nodes) hash.update(stableJson({ ...node, labels: [...node.labels].sort() }));
  for (const relationship of relationships) hash.update(stableJson(relationship));
  return { nodes: nodes.length, relationships: relationships.length, sha256: hash.digest('hex') };
}

function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : 1));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}
