// A measure as stored, with its status changes in order, so that a mutation can restate the
// whole measure (the seed format's unit) with one more change, or with new data and the same
// history. Retracted changes stay in the list: indexes are ids, and nothing is dropped.
MATCH (m:Measure:Entity {id: $id})
RETURN
  properties(m) AS props,
  COLLECT {
    MATCH (m)-[:HAD_STATUS]->(s:StatusChange)
    RETURN properties(s) ORDER BY s.index
  } AS changes
