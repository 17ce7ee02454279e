// Actors matching a filter, one page, by name then id. $labels are the kinds asked for (labels
// from the fixed ActorKind enum, or ['Actor'] for every kind); the other filters are optional
// (null = no filter) and match any of the ids given.
MATCH (a:Actor)
WHERE any(label IN labels(a) WHERE label IN $labels)
  AND ($basedIn IS NULL OR EXISTS { (a)-[:BASED_IN]->(c:Country) WHERE c.id IN $basedIn })
  AND ($sectors IS NULL OR EXISTS { (a)-[:IN_SECTOR]->(s:Sector) WHERE s.id IN $sectors })
RETURN a.id AS id, [l IN labels(a) WHERE l <> 'Entity'] AS labels, properties(a) AS props
ORDER BY a.name, a.id
SKIP $offset
LIMIT $limit
