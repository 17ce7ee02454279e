// How many actors match the filter of list-actors.cypher (kept identical to it): asked only when
// a client selects `totalCount`.
// Retracted facts (and relationships, in the filters) are left out unless $includeRetracted.
MATCH (a:Actor)
WHERE any(label IN labels(a) WHERE label IN $labels)
  AND ($includeRetracted OR a.retractedAt IS NULL)
  AND ($basedIn IS NULL OR EXISTS {
    (a)-[r:BASED_IN]->(c:Country) WHERE c.id IN $basedIn AND ($includeRetracted OR r.retractedAt IS NULL)
  })
  AND ($sectors IS NULL OR EXISTS {
    (a)-[r:IN_SECTOR]->(s:Sector) WHERE s.id IN $sectors AND ($includeRetracted OR r.retractedAt IS NULL)
  })
RETURN count(a) AS total
