// Benchmark floor, "search": full-text hits for a Lucene query (built by src/db/search.ts), best
// first, with the one field a result list shows.
CALL db.index.fulltext.queryNodes('search_text', $lucene) YIELD node, score
RETURN score, node {.id, .name, .description, .summary} AS node
ORDER BY score DESC, node.id
LIMIT $limit
