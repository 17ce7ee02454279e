// The chain of retaliation: which events and measures respond to or were triggered by which, as a graph back to Takaichi's remarks and the 2012 rift.
// Shows as a graph, and the table reads each chain as text, longest first.
MATCH path = (later:Measure|Event|Statement)-[:RESPONDS_TO|TRIGGERED_BY]->{1,6}(earlier)
WHERE NOT EXISTS { (earlier)-[:RESPONDS_TO|TRIGGERED_BY]->() }
  AND NOT EXISTS { ()-[:RESPONDS_TO|TRIGGERED_BY]->(later) }
RETURN path,
  reduce(text = coalesce(later.title, later.summary, later.text), i IN range(0, length(path) - 1) |
    text + ' -' + type(relationships(path)[i]) + '-> '
    + coalesce(nodes(path)[i + 1].title, nodes(path)[i + 1].summary, nodes(path)[i + 1].text)) AS chain,
  length(path) AS steps
ORDER BY steps DESC, chain
