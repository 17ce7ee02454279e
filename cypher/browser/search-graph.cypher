// Find anything by name, alias, description or words said ("MHI", "rare earth", "Kihara"), best match first, through the full-text index the API's `search` uses.
// Change the words below. Lucene syntax works here (rare*, "rare earth", kihara AND norms, mitsubshi~2), unlike in the API, which escapes it
// and adds spellings and stems (search_stems) itself.
CALL db.index.fulltext.queryNodes('search_text', 'mitsubishi heavy') YIELD node, score
RETURN [label IN labels(node) WHERE NOT label IN ['Entity', 'Actor', 'Organization']][0] AS kind,
  coalesce(node.name, node.title, node.summary, node.text, node.description) AS what,
  node.aliases AS aliases,
  score,
  node.id AS id
ORDER BY score DESC
LIMIT 25
