// Benchmark floor, "a page of 50 measures with nested fields", by id, optionally of some kinds.
// Read from the id index in its order, as read/list-current-measures.cypher does.
MATCH (measure:Measure)
USING INDEX measure:Measure(id)
WHERE measure.id IS NOT NULL AND ($kinds IS NULL OR measure.kind IN $kinds)
WITH measure ORDER BY measure.id LIMIT $limit
RETURN measure {
  .id, .kind, .status, .description, .announcedOn, .announcedOnPrecision, .effectiveFrom,
  .effectiveFromPrecision,
  imposedBy: COLLECT { MATCH (measure)-[:IMPOSED_BY]->(a) RETURN a {.id, .name} },
  targets: COLLECT { MATCH (measure)-[:TARGETS]->(a) RETURN a {.id, .name} },
  covers: COLLECT { MATCH (measure)-[:COVERS]->(g) RETURN g {.id, .name} }
} AS measure
