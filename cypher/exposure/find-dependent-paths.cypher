// Every firm and sector that depends on any of $goodIds: the reverse of find-firm-paths.cypher.
// It starts from the covered goods (index seeks) and walks down the control lists (MEMBER_OF)
// and the bill of materials (INPUT_TO) to what is depended on, in at most $maxHops steps.
// Retracted facts are ignored, and with $knownAt (an instant) the graph is read as it was known
// then: only facts asserted by then and not retracted by then count (docs/history.md).
WITH CASE WHEN $knownAt IS NULL THEN null ELSE datetime($knownAt) END AS known
UNWIND $goodIds AS coveredId
MATCH (good:Entity {id: coveredId})
MATCH path = (dependent)-[first:DEPENDS_ON|PRODUCES]->(:Commodity)
  ((x)-[step:INPUT_TO|MEMBER_OF]-(y)
    WHERE ((step:INPUT_TO AND startNode(step) = y) OR (step:MEMBER_OF AND startNode(step) = x))
      AND (known IS NULL OR coalesce(step.assertedAt <= known, true)) AND (step.retractedAt IS NULL OR step.retractedAt > coalesce(known, step.retractedAt))){0,6}
  (good)
WHERE size(step) <= $maxHops
  // A maker needs the inputs of what it makes, so a path that starts at PRODUCES goes on to an
  // input (INPUT_TO); the product itself under a curb is the output side, not exposure.
  AND (type(first) = 'DEPENDS_ON' OR (size(step) > 0 AND type(step[0]) = 'INPUT_TO')) AND (dependent:Company OR dependent:Sector)
  AND all(r IN relationships(path) WHERE (known IS NULL OR coalesce(r.assertedAt <= known, true)) AND (r.retractedAt IS NULL OR r.retractedAt > coalesce(known, r.retractedAt)))
  AND all(n IN nodes(path) WHERE (known IS NULL OR coalesce(n.assertedAt <= known, true)) AND (n.retractedAt IS NULL OR n.retractedAt > coalesce(known, n.retractedAt)))
RETURN
  dependent.id AS dependentId,
  dependent:Sector AS isSector,
  good.id AS goodId,
  // Each relationship's properties as known then: the version that held at `known` if it was
  // restated since (docs/history.md).
  [r IN relationships(path) | {type: type(r), from: startNode(r).id, to: endNode(r).id,
    props: coalesce(CASE WHEN known IS NOT NULL AND coalesce(r.updatedAt, r.assertedAt, known) > known
      THEN COLLECT { MATCH (version:Version {versionOf: r.id}) WHERE coalesce(version.updatedAt, version.assertedAt) <= known < version.supersededAt RETURN version {.*, assertedAt: toFloat(version.assertedAt.epochMillis), updatedAt: toFloat(version.updatedAt.epochMillis), retractedAt: toFloat(version.retractedAt.epochMillis), supersededAt: toFloat(version.supersededAt.epochMillis)} }[0] END, r {.*, assertedAt: toFloat(r.assertedAt.epochMillis), updatedAt: toFloat(r.updatedAt.epochMillis), retractedAt: toFloat(r.retractedAt.epochMillis)})}] AS hops,
  [n IN nodes(path) WHERE n:Commodity | n.id] AS goodIds
