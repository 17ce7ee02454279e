// Measures matching a filter, one page. Every filter is optional (null = no filter).
// $asOf (a date string) asks for each measure's status on that day: the last status change on or
// before it. A measure that did not exist yet, or was lifted or suspended by then, is not active.
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
RETURN m.id AS id, [l IN labels(m) WHERE l <> 'Entity'] AS labels, properties(m) AS props, status
ORDER BY m.id
SKIP $offset
LIMIT $limit
