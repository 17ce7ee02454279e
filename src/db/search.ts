/**
 * Full-text search (docs/search.md): exact first (every word in one of its spellings or stems,
 * the last maybe a prefix); only when that finds nothing, fuzzy (each word within the edit
 * distance its length allows). One page of hits comes back from `read/search-nodes`; what is read
 * of each hit's node is up to the caller: the `search` field projects the client's selection on it
 * (src/read/), `simulate` wants ids.
 */
import neo4j from 'neo4j-driver';
import { defineQuery } from './cypher.ts';
import type { Database } from './database.ts';
import { SEARCHED_FIELDS } from './search-match.ts';
import { exactQueries, fuzzyQueries, type SearchQueries } from './search-query.ts';

export { escapeLucene, searchWords } from './search-query.ts';

/** A position held that matched: its title and whom it is held at. */
export type Position = { title: string; of: string };

export interface SearchParams extends SearchQueries {
  labels: string[] | null;
  includeRetracted: boolean;
  limit: unknown;
  /** The full-text procedures' options: `{}` reads every hit of each index. */
  options: Record<string, unknown>;
  /** The searched properties to read for snippets (`texts`), or none. */
  fields: readonly string[];
}

/** One hit as the root query returns it: the node `n`, its score, what the snippets need. */
export interface SearchRow {
  n: unknown;
  score: number;
  positions: Position[];
  /** The values of `fields`, in that order (empty when no snippet was asked for). */
  texts: unknown[];
}

export const searchHits = defineQuery<SearchParams, SearchRow>('read/search-nodes', [
  'text',
  'stems',
  'options',
  'labels',
  'includeRetracted',
  'limit',
  'fields',
]);

/** The columns the root query returns beside `n`, carried through a planned read. */
export const SEARCH_COLUMNS = ['score', 'positions', 'texts'] as const;

export interface SearchRequest {
  query: string;
  /** Nodes with at least one of these labels; null = any. */
  labels: string[] | null;
  /** The hits read, best first. */
  limit: number;
  /**
   * The hits the client asked for, which sets the indexes' cap (indexOptions): a page's end, one
   * less than `limit` when one more hit is read to tell whether a next page exists. Default: limit.
   */
  asked?: number;
  includeRetracted: boolean;
  /** Read the searched properties, for snippets. */
  withTexts: boolean;
}

/** Asks the root query once; its rows in order, in whatever form the caller reads them. */
export type AskSearch<Row> = (params: SearchParams) => Promise<Row[]>;

/**
 * Hits read from each index, at least, and per hit asked. Only a bound: 2,000 changes no answer
 * on the medium benchmark graph (20k firms; a common word matches up to ~3,600 nodes), while a
 * cap close to the page (10 per hit asked) would halve the database's work there but change the
 * best hits of one search in eight — docs/search.md, "How many hits are read", says why.
 */
export const MIN_HITS_READ = 2000;
export const HITS_READ_PER_HIT = 100;

/**
 * The full-text procedures' options: the best `limit` hits of each index. Every hit when kinds are
 * asked for: the index does not know labels, so a cap would be taken before the kinds are, and a
 * rare kind could lose hits that more common ones outscore.
 */
export function indexOptions(limit: number, labels: string[] | null): Record<string, unknown> {
  if (labels) return {};
  return { limit: neo4j.int(Math.max(limit * HITS_READ_PER_HIT, MIN_HITS_READ)) };
}

/** The exact Lucene query of `query` for the folded index (tests and diagnostics). */
export function toLuceneQuery(query: string): string | null {
  return exactQueries(query)?.text ?? null;
}

/** The hits of a search, best first, and whether only fuzzy matching found them. */
export async function search<Row>(
  request: SearchRequest,
  ask: AskSearch<Row>,
): Promise<{ rows: Row[]; fuzzy: boolean }> {
  if (request.limit === 0) return { rows: [], fuzzy: false };
  const base = {
    labels: request.labels,
    includeRetracted: request.includeRetracted,
    limit: neo4j.int(request.limit),
    options: indexOptions(request.asked ?? request.limit, request.labels),
    fields: request.withTexts ? SEARCHED_FIELDS : [],
  };
  const exact = exactQueries(request.query);
  const found = exact ? await ask({ ...base, ...exact }) : [];
  if (found.length > 0) return { rows: found, fuzzy: false };
  const fuzzy = fuzzyQueries(request.query);
  if (!fuzzy) return { rows: [], fuzzy: false };
  return { rows: await ask({ ...base, ...fuzzy }), fuzzy: true };
}

/** The ids of the best hits (no snippets): for callers that only need to know which nodes. */
export async function searchIds(
  db: Database,
  query: string,
  labels: string[] | null,
  limit: number,
): Promise<string[]> {
  const text = `CALL () {\n${searchHits.text}\n}\nRETURN n.id AS id`;
  const request = { query, labels, limit, includeRetracted: false, withTexts: false };
  const { rows } = await search(request, (params) =>
    db.runText<{ id: string }>(text, { ...params }, 'READ', { name: searchHits.name }),
  );
  return rows.map((row) => row.id);
}
