import neo4j from 'neo4j-driver';
import { defineQuery } from './cypher.ts';
import type { Database } from './database.ts';
import type { GraphNode } from './graph-node.ts';
import { bestField, type FieldMatch } from './search-match.ts';
import { exactQueries, fuzzyQueries, type SearchQueries, searchWords } from './search-query.ts';

export { escapeLucene, searchWords } from './search-query.ts';

/** A node the full-text indexes found, with its score (comparable within one search only). */
export interface SearchHit extends FieldMatch {
  node: GraphNode;
  score: number;
  /** Found only by approximate matching: no word matched as typed. */
  fuzzy: boolean;
}

type Position = { title: string; of: string };

const searchNodesQuery = defineQuery<
  {
    text: string;
    stems: string | null;
    labels: string[] | null;
    includeRetracted: boolean;
    limit: unknown;
  },
  GraphNode & { score: number; positions: Position[] }
>('read/search-nodes', ['text', 'stems', 'labels', 'includeRetracted', 'limit']);

/** The exact Lucene query of `query` for the folded index (tests and diagnostics). */
export function toLuceneQuery(query: string): string | null {
  return exactQueries(query)?.text ?? null;
}

/**
 * Full-text search, best first; `labels` (null = any) keeps nodes with at least one of them.
 * Exact first (every word in one of its spellings or stems, the last maybe a prefix); only when
 * that finds nothing, fuzzy (each word within the edit distance its length allows).
 */
export async function searchNodes(
  db: Database,
  query: string,
  labels: string[] | null,
  limit: number,
  includeRetracted = false,
): Promise<SearchHit[]> {
  if (limit === 0) return [];
  const words = searchWords(query);
  const ask = async (queries: SearchQueries | null, fuzzy: boolean): Promise<SearchHit[]> => {
    if (!queries) return [];
    const rows = await db.run(searchNodesQuery, {
      ...queries,
      labels,
      includeRetracted,
      limit: neo4j.int(limit),
    });
    return rows.map(({ score, positions, ...node }) => {
      const match = bestField(node.props, positions, words, fuzzy);
      // A hit the index found by a field our matcher reads differently still says where to look.
      const fallback = { field: 'name', snippet: String(node.props.name ?? node.id), matched: [] };
      return { node, score, fuzzy, ...(match ?? fallback) };
    });
  };
  const exact = await ask(exactQueries(query), false);
  return exact.length > 0 ? exact : ask(fuzzyQueries(query), true);
}
