// Full-text hits for what a user typed, best first, one page: the root of a planned read
// (src/read/), which projects on each hit's node `n` only what the client selected.
// src/db/search.ts builds the Lucene queries (user words escaped there): $text against
// search_text (folded words, prefixes, or fuzzy terms), $stems against search_stems (English
// stems of every spelling; null when fuzzy, and then that index is not asked), and the same
// $text against positions held (HOLDS_POSITION titles), which find the person who holds one.
// $options caps each index's hits ({limit: n}, the best n by Lucene score; {} reads them all):
// a common word matches thousands of nodes, and only a page is kept (docs/search.md, "Caps").
// A node found several ways adds up its scores. $labels (null = any) keeps nodes with at least
// one of them; it is applied after the indexes because Lucene does not know labels, so the LIMIT
// comes last. Ties break by id so equal scores come back in a stable order.
// Retracted facts are left out unless $includeRetracted.
// $fields names the searched properties whose values the snippets need (texts, in that order;
// [] when no snippet is asked for): read for the page's nodes only, after the LIMIT.
CALL () {
  CALL db.index.fulltext.queryNodes('search_text', $text, $options) YIELD node, score
  RETURN node, score, null AS position
  UNION ALL
  UNWIND CASE WHEN $stems IS NULL THEN [] ELSE [$stems] END AS stems
  CALL db.index.fulltext.queryNodes('search_stems', stems, $options) YIELD node, score
  RETURN node, score, null AS position
  UNION ALL
  CALL db.index.fulltext.queryRelationships('search_positions', $text, $options) YIELD relationship, score
  WHERE $includeRetracted OR relationship.retractedAt IS NULL
  RETURN startNode(relationship) AS node, score,
    {title: relationship.title, of: coalesce(endNode(relationship).name, endNode(relationship).id)} AS position
}
// A source matches through its whole text (the `text` property statements share), so it ranks
// below the facts drawn from it.
WITH node, sum(score) * CASE WHEN node:Source THEN 0.25 ELSE 1.0 END AS score,
  [p IN collect(position) WHERE p IS NOT NULL] AS positions
WHERE ($labels IS NULL OR any(label IN labels(node) WHERE label IN $labels))
  AND ($includeRetracted OR node.retractedAt IS NULL)
WITH node AS n, score, positions
ORDER BY score DESC, n.id
LIMIT $limit
RETURN n, score, positions, [field IN $fields | n[field]] AS texts
