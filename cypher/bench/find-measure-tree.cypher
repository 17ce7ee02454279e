// Benchmark floor, "a measure three levels deep": who imposed it on whom, the goods it covers with
// their classes and sources, its status history, each with provenance, in one query.
MATCH (measure:Entity {id: $id})
RETURN measure {
  .id, .kind, .status, .description, .quote,
  sources: COLLECT {
    UNWIND measure.sourceIds AS sourceId MATCH (s:Entity {id: sourceId})
    RETURN s {.id, .title, .publisher}
  },
  imposedBy: COLLECT {
    MATCH (measure)-[r:IMPOSED_BY]->(actor) RETURN {quote: r.quote, node: actor {.id, .name, .iso2}}
  },
  targets: COLLECT {
    MATCH (measure)-[r:TARGETS]->(actor)
    RETURN {quote: r.quote, node: actor {.id, .name, .iso2,
      basedIn: COLLECT { MATCH (actor)-[:BASED_IN]->(c) RETURN c {.id, .name} }}}
  },
  covers: COLLECT {
    MATCH (measure)-[r:COVERS]->(good)
    RETURN {quote: r.quote,
      sources: COLLECT { UNWIND r.sourceIds AS sourceId MATCH (s:Entity {id: sourceId}) RETURN s {.id, .title} },
      node: good {.id, .name, .hsCodes,
        sources: COLLECT { UNWIND good.sourceIds AS sourceId MATCH (s:Entity {id: sourceId}) RETURN s {.id, .title} },
        memberOf: COLLECT { MATCH (good)-[:MEMBER_OF]->(c) RETURN c {.id, .name} }}}
  },
  statusHistory: COLLECT {
    MATCH (measure)-[:HAD_STATUS]->(change:StatusChange)
    RETURN change {.status, .on, .onPrecision, .quote,
      sources: COLLECT { UNWIND change.sourceIds AS sourceId MATCH (s:Entity {id: sourceId}) RETURN s {.id, .title} }}
    ORDER BY change.index
  }
} AS measure
