import neo4j from 'neo4j-driver';
import { defineQuery } from './cypher.ts';
import type { Database } from './database.ts';
import type { GraphNode } from './graph-node.ts';

/** A node the full-text index found, with its Lucene score (comparable within one search only). */
export interface SearchHit {
  node: GraphNode;
  score: number;
}

const searchNodesQuery = defineQuery<
  { lucene: string; labels: string[] | null; includeRetracted: boolean; limit: unknown },
  GraphNode & { score: number }
>('read/search-nodes', ['lucene', 'labels', 'includeRetracted', 'limit']);

/** Every character Lucene's classic query parser gives a meaning to. */
const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/** Makes text a literal for Lucene: `a:b OR c*` stops being a field, an operator and a wildcard. */
export function escapeLucene(text: string): string {
  return text.replace(LUCENE_SPECIAL, '\\$&');
}

/**
 * The user's words: runs of non-space with at least one letter or digit. The rest (`&&`, `"`,
 * `*`) cannot match any indexed term, and an empty Lucene query is a parse error, so it goes.
 */
export function searchWords(query: string): string[] {
  return query.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word));
}

/**
 * A prefix for search-as-you-type on the last word, or null. Neo4j lower-cases wildcard terms but
 * does not fold accents (`côt*` finds nothing), so fold here; short or mixed words get none.
 */
function prefixOf(word: string): string | null {
  const folded = word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  return /^[a-z0-9]{3,}$/.test(folded) ? `${folded}*` : null;
}

/**
 * The Lucene query for what a user typed, or null when nothing in it can match. Each word is a
 * quoted, escaped phrase (so `rare-earth` means the phrase "rare earth" and `AND` is a word, not an
 * operator); a hit must match every word. It ranks higher when the words also appear together
 * (the phrase, boosted) and lowest when the last word only matches as a prefix.
 */
export function toLuceneQuery(query: string): string | null {
  const words = searchWords(query);
  if (words.length === 0) return null;
  const quoted = words.map((word) => `"${escapeLucene(word)}"`);
  const clauses = [`(${quoted.join(' AND ')})^2`];
  if (words.length > 1) clauses.push(`"${words.map(escapeLucene).join(' ')}"^4`);
  const prefix = prefixOf(words.at(-1) ?? '');
  if (prefix) clauses.push(`(${[...quoted.slice(0, -1), prefix].join(' AND ')})`);
  return clauses.join(' OR ');
}

/** Full-text search, best first; `labels` (null = any) keeps nodes with at least one of them. */
export async function searchNodes(
  db: Database,
  query: string,
  labels: string[] | null,
  limit: number,
  includeRetracted = false,
): Promise<SearchHit[]> {
  const lucene = toLuceneQuery(query);
  if (lucene === null || limit === 0) return [];
  const rows = await db.run(searchNodesQuery, {
    lucene,
    labels,
    includeRetracted,
    limit: neo4j.int(limit),
  });
  return rows.map(({ score, ...node }) => ({ node, score }));
}
