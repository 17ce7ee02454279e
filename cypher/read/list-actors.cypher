// Actors matching a filter, one page, the root of a planned read (src/read/), by name then id. $labels are the kinds asked for (labels
// from the fixed ActorKind enum, or ['Actor'] for every kind); the other filters are optional
// (null = no filter) and match any of the ids given. Retracted actors, and retracted BASED_IN or
// IN_SECTOR links, count only with $includeRetracted.
MATCH (a:Actor)
WHERE any(label IN labels(a) WHERE label IN $labels)
  AND ($includeRetracted OR a.retractedAt IS NULL)
  AND ($basedIn IS NULL OR EXISTS {
    (a)-[r:BASED_IN]->(c:Country) WHERE c.id IN $basedIn AND ($includeRetracted OR r.retractedAt IS NULL)
  })
  AND ($sectors IS NULL OR EXISTS {
    (a)-[r:IN_SECTOR]->(s:Sector) WHERE s.id IN $sectors AND ($includeRetracted OR r.retractedAt IS NULL)
  })
WITH a
ORDER BY a.name, a.id
SKIP $offset
LIMIT $limit
RETURN a AS n
