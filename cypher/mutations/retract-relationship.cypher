// Marks a relationship retracted (by its id, `from-[TYPE#key]->to`), as retract-node.cypher does
// for nodes; the start node's write lock guards its relationships, as in the write path.
MATCH (from:Entity {id: $from})
SET from.writeLock = true
REMOVE from.writeLock
WITH from
MATCH (from)-[r:$($type) {id: $id}]->()
WITH r, r.retractedAt IS NOT NULL AS already
CALL (r, already) {
  WITH r WHERE NOT already
  SET r.retractedAt = $now, r.retractedBy = $by, r.retractionReason = $reason
}
RETURN already, r.retractedAt AS retractedAt, r.retractedBy AS retractedBy
