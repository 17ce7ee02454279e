// What one measure reaches on $asOf: its status that day (null if it did not exist yet), whom it
// targets, who imposed it, and the goods it covers, with the relationships for the path's hops.
MATCH (m:Measure:Entity {id: $measureId})
RETURN
  m.id AS measureId,
  COLLECT {
    MATCH (m)-[:HAD_STATUS]->(s:StatusChange) WHERE s.on <= date($asOf)
    RETURN s.status ORDER BY s.on DESC, s.index DESC LIMIT 1
  }[0] AS status,
  COLLECT {
    MATCH (m)-[targets:TARGETS]->(target)
    RETURN {type: 'TARGETS', from: m.id, to: target.id, props: properties(targets)}
  } AS targetHops,
  COLLECT { MATCH (m)-[:IMPOSED_BY]->(imposer) RETURN imposer.id } AS imposerIds,
  COLLECT {
    MATCH (m)-[covers:COVERS]->(good:Commodity)
    RETURN {type: 'COVERS', from: m.id, to: good.id, props: properties(covers)}
  } AS coverHops
