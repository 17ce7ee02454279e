// Who said what: statements matching a filter, one page, the root of a planned read (src/read/), in the order they were said (undated
// last, ties by id). $by: actors who made them (BY); $about: anything they are about (ABOUT).
// Every filter is optional (null = no filter).
// Retracted facts (and relationships, in the filters) are left out unless $includeRetracted.
MATCH (s:Statement)
WHERE ($includeRetracted OR s.retractedAt IS NULL)
  AND ($by IS NULL OR EXISTS {
    (s)-[r:BY]->(a:Entity) WHERE a.id IN $by AND ($includeRetracted OR r.retractedAt IS NULL)
  })
  AND ($about IS NULL OR EXISTS {
    (s)-[r:ABOUT]->(x:Entity) WHERE x.id IN $about AND ($includeRetracted OR r.retractedAt IS NULL)
  })
WITH s
ORDER BY s.saidOn IS NULL, s.saidOn, s.id
SKIP $offset
LIMIT $limit
RETURN s AS n
