// Full-text hits for what a user typed (src/db/search.ts builds the Lucene queries, user words
// escaped there), best first: $text against search_text (folded words, prefixes, or fuzzy terms),
// $stems against search_stems (English stems of every spelling; null when fuzzy), and the same
// $text against positions held (HOLDS_POSITION titles), which find the person who holds one.
// A node found several ways adds up its scores. $labels (null = any) keeps nodes with at least
// one of them; it is applied after the indexes because Lucene does not know labels, so the LIMIT
// comes last. Ties break by id so equal scores come back in a stable order.
// Retracted facts are left out unless $includeRetracted.
// A Source's text is indexed with the rest (`text` is one property name for statements and sources).
CALL () {
  CALL db.index.fulltext.queryNodes('search_text', $text) YIELD node, score
  RETURN node, score, null AS position
  UNION ALL
  CALL db.index.fulltext.queryNodes('search_stems', coalesce($stems, $text)) YIELD node, score
  WHERE $stems IS NOT NULL
  RETURN node, score, null AS position
  UNION ALL
  CALL db.index.fulltext.queryRelationships('search_positions', $text) YIELD relationship, score
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
RETURN node.id AS id,
  [label IN labels(node) WHERE label <> 'Entity'] AS labels,
  properties(node) AS props,
  score,
  positions
ORDER BY score DESC, id
LIMIT $limit
