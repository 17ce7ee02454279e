// Marks a node retracted: who, when, why. Nothing is deleted and nothing else changes; a node
// already retracted keeps its first retraction (the caller reports the conflict). The write lock
// is taken first so that two retractions of one node cannot both succeed.
MATCH (n:Entity {id: $id})
WHERE NOT n:IdempotencyRecord
SET n.writeLock = true
REMOVE n.writeLock
WITH n, n.retractedAt IS NOT NULL AS already
CALL (n, already) {
  WITH n WHERE NOT already
  SET n.retractedAt = $now, n.retractedBy = $by, n.retractionReason = $reason
}
RETURN
  [label IN labels(n) WHERE label <> 'Entity'] AS labels,
  already,
  n.retractedAt AS retractedAt,
  n.retractedBy AS retractedBy,
  n.measureId AS measureId
