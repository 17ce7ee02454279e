// The measures aimed at any of $targetIds (a firm and the countries it is based in) that exist on
// $asOf, each with its status that day, who imposed it, and the goods it covers (with the
// COVERS and TARGETS relationships, whose provenance becomes hops of the exposure path).
// Retracted facts are ignored, and with $knownAt (an instant) the graph is read as it was known
// then: only facts asserted by then and not retracted by then count (docs/history.md).
WITH CASE WHEN $knownAt IS NULL THEN null ELSE datetime($knownAt) END AS known
UNWIND $targetIds AS targetId
MATCH (target:Entity {id: targetId})<-[targets:TARGETS]-(m:Measure)
WHERE (known IS NULL OR coalesce(targets.assertedAt <= known, true)) AND (targets.retractedAt IS NULL OR targets.retractedAt > coalesce(known, targets.retractedAt)) AND (known IS NULL OR coalesce(m.assertedAt <= known, true)) AND (m.retractedAt IS NULL OR m.retractedAt > coalesce(known, m.retractedAt)) AND (known IS NULL OR coalesce(target.assertedAt <= known, true)) AND (target.retractedAt IS NULL OR target.retractedAt > coalesce(known, target.retractedAt))
WITH m, known, collect({type: 'TARGETS', from: m.id, to: target.id, props: properties(targets)}) AS targetHops
WITH m, known, targetHops, COLLECT {
    MATCH (m)-[:HAD_STATUS]->(s:StatusChange)
    WHERE s.on <= date($asOf) AND (known IS NULL OR coalesce(s.assertedAt <= known, true)) AND (s.retractedAt IS NULL OR s.retractedAt > coalesce(known, s.retractedAt))
    RETURN s.status ORDER BY s.on DESC, s.index DESC LIMIT 1
  }[0] AS status
WHERE status IN $statuses
RETURN
  m.id AS measureId,
  status,
  targetHops,
  COLLECT {
    MATCH (m)-[imposed:IMPOSED_BY]->(imposer)
    WHERE (known IS NULL OR coalesce(imposed.assertedAt <= known, true)) AND (imposed.retractedAt IS NULL OR imposed.retractedAt > coalesce(known, imposed.retractedAt)) AND (known IS NULL OR coalesce(imposer.assertedAt <= known, true)) AND (imposer.retractedAt IS NULL OR imposer.retractedAt > coalesce(known, imposer.retractedAt))
    RETURN imposer.id
  } AS imposerIds,
  COLLECT {
    MATCH (m)-[covers:COVERS]->(good:Commodity)
    WHERE (known IS NULL OR coalesce(covers.assertedAt <= known, true)) AND (covers.retractedAt IS NULL OR covers.retractedAt > coalesce(known, covers.retractedAt)) AND (known IS NULL OR coalesce(good.assertedAt <= known, true)) AND (good.retractedAt IS NULL OR good.retractedAt > coalesce(known, good.retractedAt))
    RETURN {type: 'COVERS', from: m.id, to: good.id, props: properties(covers)}
  } AS coverHops
ORDER BY measureId
