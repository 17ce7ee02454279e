// Find anything by name, alias, description or words said ("MHI", "rare earth", "Kihara"), best match first, through the same full-text index as the API's `search`.
// Change the words below. Lucene syntax works here (rare*, "rare earth", kihara AND norms), unlike in the API, which escapes it.
CALL db.index.fulltext.queryNodes('search_nodes', 'mitsubishi heavy') YIELD node, score
RETURN [label IN labels(node) WHERE NOT label IN ['Entity', 'Actor', 'Organization']][0] AS kind,
  coalesce(node.name, node.summary, node.text, node.description) AS what,
  node.aliases AS aliases,
  score,
  node.id AS id
ORDER BY score DESC
LIMIT 25
