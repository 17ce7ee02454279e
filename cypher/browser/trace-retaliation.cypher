// The chain of retaliation: which events and measures respond to or were triggered by which, as a graph back to Takaichi's remarks and the 2012 rift.
MATCH path = (later)-[:RESPONDS_TO|TRIGGERED_BY]->{1,6}(earlier)
WHERE NOT EXISTS { (earlier)-[:RESPONDS_TO|TRIGGERED_BY]->() }
  AND NOT EXISTS { ()-[:RESPONDS_TO|TRIGGERED_BY]->(later) }
RETURN path,
  [n IN nodes(path) | coalesce(n.summary, n.description)] AS chain
ORDER BY length(path) DESC
