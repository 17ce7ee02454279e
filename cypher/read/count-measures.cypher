// How many measures match the filter of find-measures.cypher (kept identical to it): asked only
// when a client selects `totalCount`.
MATCH (m:Measure)
WHERE ($kinds IS NULL OR m.kind IN $kinds)
  AND ($imposedBy IS NULL OR EXISTS { (m)-[:IMPOSED_BY]->(a:Entity) WHERE a.id IN $imposedBy })
  AND ($targets IS NULL OR EXISTS { (m)-[:TARGETS]->(a:Entity) WHERE a.id IN $targets })
  AND ($covers IS NULL OR EXISTS { (m)-[:COVERS]->(g:Entity) WHERE g.id IN $covers })
WITH m,
  CASE WHEN $asOf IS NULL THEN m.status ELSE COLLECT {
    MATCH (m)-[:HAD_STATUS]->(s:StatusChange) WHERE s.on <= date($asOf)
    RETURN s.status ORDER BY s.on DESC, s.index DESC LIMIT 1
  }[0] END AS status
WHERE ($asOf IS NULL OR status IN ['UNDER_CONSIDERATION', 'ANNOUNCED', 'IN_FORCE'])
  AND ($statuses IS NULL OR status IN $statuses)
RETURN count(*) AS total
