// The measures aimed at any of $targetIds (a firm and the countries it is based in) that exist on
// $asOf, each with its status that day, who imposed it, and the goods it covers (with the
// COVERS and TARGETS relationships, whose provenance becomes hops of the exposure path).
UNWIND $targetIds AS targetId
MATCH (target:Entity {id: targetId})<-[targets:TARGETS]-(m:Measure)
WITH m, collect({type: 'TARGETS', from: m.id, to: target.id, props: properties(targets)}) AS targetHops
WITH m, targetHops, COLLECT {
  MATCH (m)-[:HAD_STATUS]->(s:StatusChange) WHERE s.on <= date($asOf)
  RETURN s.status ORDER BY s.on DESC, s.index DESC LIMIT 1
}[0] AS status
WHERE status IN $statuses
RETURN
  m.id AS measureId,
  status,
  targetHops,
  COLLECT { MATCH (m)-[:IMPOSED_BY]->(imposer) RETURN imposer.id } AS imposerIds,
  COLLECT {
    MATCH (m)-[covers:COVERS]->(good:Commodity)
    RETURN {type: 'COVERS', from: m.id, to: good.id, props: properties(covers)}
  } AS coverHops
ORDER BY measureId
