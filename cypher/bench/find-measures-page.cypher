// Benchmark floor, "a page of 50 measures with nested fields", by id, optionally of some kinds.
// Read from the id index in its order, as read/list-current-measures.cypher does. The same answer
// as ours (docs/bench/README.md): retracted measures, links and nodes left out, each nested list
// in id order and cut at a nested page (10, and one more to say there is a next page).
MATCH (measure:Measure)
USING INDEX measure:Measure(id)
WHERE measure.id IS NOT NULL AND measure.retractedAt IS NULL
  AND ($kinds IS NULL OR measure.kind IN $kinds)
WITH measure ORDER BY measure.id LIMIT $limit
RETURN measure {
  .id, .kind, .status, .description, .announcedOn, .announcedOnPrecision, .effectiveFrom,
  .effectiveFromPrecision,
  imposedBy: COLLECT {
    MATCH (measure)-[r:IMPOSED_BY]->(a:Actor) WHERE r.retractedAt IS NULL AND a.retractedAt IS NULL
    WITH r, a ORDER BY a.id, r.id LIMIT 11 RETURN a {.id, .name}
  },
  targets: COLLECT {
    MATCH (measure)-[r:TARGETS]->(a:Actor) WHERE r.retractedAt IS NULL AND a.retractedAt IS NULL
    WITH r, a ORDER BY a.id, r.id LIMIT 11 RETURN a {.id, .name}
  },
  covers: COLLECT {
    MATCH (measure)-[r:COVERS]->(g:Entity) WHERE r.retractedAt IS NULL AND g.retractedAt IS NULL
    WITH r, g ORDER BY g.id, r.id LIMIT 11 RETURN g {.id, .name}
  }
} AS measure
