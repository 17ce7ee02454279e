// The retraction of the node (when $type is null) or of the relationship $type from $from with
// id $id that a mutation restates: a retracted fact is final, and restating it is refused. No
// row: it does not exist yet, or it stands.
CALL () {
  MATCH (n:Entity {id: $id})
  WHERE $type IS NULL
  RETURN n.retractedAt AS at, n.retractedBy AS by, n.retractionReason AS reason
  UNION ALL
  MATCH (:Entity {id: $from})-[r {id: $id}]->()
  WHERE $type IS NOT NULL AND type(r) = $type
  RETURN r.retractedAt AS at, r.retractedBy AS by, r.retractionReason AS reason
}
WITH at, by, reason
WHERE at IS NOT NULL
RETURN at, by, reason
