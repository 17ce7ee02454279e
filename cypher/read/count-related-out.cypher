// How many nodes each parent points at through `$type`: asked only when `totalCount` is.
// Counts what find-related-*.cypher pages through (retracted ones with $includeRetracted).
UNWIND $ids AS id
MATCH (parent:Entity {id: id})
RETURN id, COUNT {
    (parent)-[r:$($type)]->(other:$($label))
    WHERE $includeRetracted OR (r.retractedAt IS NULL AND other.retractedAt IS NULL)
  } AS total
