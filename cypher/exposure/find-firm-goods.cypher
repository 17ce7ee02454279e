// The goods one firm depends on within $maxHops, by the ways find-firm-paths.cypher follows (the
// firm or a sector it is in DEPENDS_ON or PRODUCES a good, then up the bill of materials and the
// control lists), as ids only: exposure(firm) asks find-measures-against.cypher for the hops of
// the measures covering these goods alone. A firm in a country many measures reach has hundreds
// of them, each covering dozens of goods it never uses, and their hops with their provenance
// were most of what exposure read (1.3 MB for an answer of 15 KB on the medium benchmark graph).
// The same filters as find-firm-paths.cypher, so the set holds every good a path can end at.
// Retracted facts are ignored, and with $knownAt (an instant) the graph is read as it was known
// then: only facts asserted by then and not retracted by then count (docs/history.md).
WITH CASE WHEN $knownAt IS NULL THEN null ELSE datetime($knownAt) END AS known
MATCH (firm:Entity {id: $firmId})
OPTIONAL MATCH path = (firm)-[:IN_SECTOR]->{0,1}(dependent)-[first:DEPENDS_ON|PRODUCES]->(:Commodity)
  ((x)-[step:INPUT_TO|MEMBER_OF]-(y)
    WHERE ((step:INPUT_TO AND startNode(step) = y) OR (step:MEMBER_OF AND startNode(step) = x))
      AND (known IS NULL OR coalesce(step.assertedAt <= known, true)) AND (step.retractedAt IS NULL OR step.retractedAt > coalesce(known, step.retractedAt))){0,6}
  (good:Commodity)
WHERE size(step) <= $maxHops
  AND (type(first) = 'DEPENDS_ON' OR (size(step) > 0 AND type(step[0]) = 'INPUT_TO'))
  AND all(r IN relationships(path) WHERE (known IS NULL OR coalesce(r.assertedAt <= known, true)) AND (r.retractedAt IS NULL OR r.retractedAt > coalesce(known, r.retractedAt)))
  AND all(n IN nodes(path) WHERE (known IS NULL OR coalesce(n.assertedAt <= known, true)) AND (n.retractedAt IS NULL OR n.retractedAt > coalesce(known, n.retractedAt)))
// No row: no node has the id. `isCompany` answers the argument check of exposure(firm), which
// then needs no query of its own (src/schema/exposure/exposure.ts).
RETURN firm:Company AS isCompany, collect(DISTINCT good.id) AS goodIds
