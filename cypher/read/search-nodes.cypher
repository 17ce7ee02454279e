// Full-text hits for a Lucene query built by src/db/search.ts (user words escaped there), best
// first. $labels (null = any) keeps nodes with at least one of them; it is applied after the
// index because Lucene does not know labels, so the LIMIT comes last. Ties break by id so equal
// scores come back in a stable order.
// Retracted facts (and relationships, in the filters) are left out unless $includeRetracted.
CALL db.index.fulltext.queryNodes('search_nodes', $lucene) YIELD node, score
WHERE ($labels IS NULL OR any(label IN labels(node) WHERE label IN $labels))
  AND ($includeRetracted OR node.retractedAt IS NULL)
RETURN node.id AS id,
  [label IN labels(node) WHERE label <> 'Entity'] AS labels,
  properties(node) AS props,
  score
ORDER BY score DESC, id
LIMIT $limit
