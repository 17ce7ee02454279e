// How many actors match the filter of find-actors.cypher (kept identical to it): asked only when
// a client selects `totalCount`.
MATCH (a:Actor)
WHERE any(label IN labels(a) WHERE label IN $labels)
  AND ($basedIn IS NULL OR EXISTS { (a)-[:BASED_IN]->(c:Country) WHERE c.id IN $basedIn })
  AND ($sectors IS NULL OR EXISTS { (a)-[:IN_SECTOR]->(s:Sector) WHERE s.id IN $sectors })
RETURN count(a) AS total
