// How many statements match the filter of list-statements.cypher (kept identical to it): asked
// only when a client selects `totalCount`.
// Retracted facts (and relationships, in the filters) are left out unless $includeRetracted.
MATCH (s:Statement)
WHERE ($includeRetracted OR s.retractedAt IS NULL)
  AND ($by IS NULL OR EXISTS {
    (s)-[r:BY]->(a:Entity) WHERE a.id IN $by AND ($includeRetracted OR r.retractedAt IS NULL)
  })
  AND ($about IS NULL OR EXISTS {
    (s)-[r:ABOUT]->(x:Entity) WHERE x.id IN $about AND ($includeRetracted OR r.retractedAt IS NULL)
  })
RETURN count(*) AS total
