// Benchmark floor, "a measure three levels deep": who imposed it on whom, the goods it covers with
// their classes and sources, its status history, each with provenance, in one query.
// The same answer as ours (docs/bench/README.md): retracted links and nodes left out, each list
// in id order and cut at a nested page (10, and one more to say there is a next page).
MATCH (measure:Entity {id: $id})
WITH measure, measure.retractedAt IS NULL AS live
RETURN measure {
  .id, .kind, .status, .description, .quote,
  sources: COLLECT {
    UNWIND measure.sourceIds AS sourceId MATCH (s:Source {id: sourceId})
    RETURN s {.id, .title, .publisher}
  },
  imposedBy: COLLECT {
    MATCH (measure)-[r:IMPOSED_BY]->(actor:Actor)
    WHERE live AND r.retractedAt IS NULL AND actor.retractedAt IS NULL
    WITH r, actor ORDER BY actor.id, r.id LIMIT 11
    RETURN {quote: r.quote, node: actor {.id, .name, .iso2}}
  },
  targets: COLLECT {
    MATCH (measure)-[r:TARGETS]->(actor:Actor)
    WHERE live AND r.retractedAt IS NULL AND actor.retractedAt IS NULL
    WITH r, actor ORDER BY actor.id, r.id LIMIT 11
    RETURN {quote: r.quote, node: actor {.id, .name, .iso2,
      basedIn: COLLECT {
        MATCH (actor:Company)-[b:BASED_IN]->(c:Country)
        WHERE b.retractedAt IS NULL AND c.retractedAt IS NULL
        WITH b, c ORDER BY c.id, b.id LIMIT 11
        RETURN c {.id, .name}
      }}}
  },
  covers: COLLECT {
    MATCH (measure)-[r:COVERS]->(good:Entity)
    WHERE live AND r.retractedAt IS NULL AND good.retractedAt IS NULL
    WITH r, good ORDER BY good.id, r.id LIMIT 11
    RETURN {quote: r.quote,
      sources: COLLECT { UNWIND r.sourceIds AS sourceId MATCH (s:Source {id: sourceId}) RETURN s {.id, .title} },
      // A sector is asked its name only.
      node: CASE WHEN good:Commodity THEN good {.id, .name, .hsCodes,
        sources: COLLECT { UNWIND good.sourceIds AS sourceId MATCH (s:Source {id: sourceId}) RETURN s {.id, .title} },
        memberOf: COLLECT {
          MATCH (good)-[m:MEMBER_OF]->(c:Commodity)
          WHERE m.retractedAt IS NULL AND c.retractedAt IS NULL
          WITH m, c ORDER BY c.id, m.id LIMIT 11
          RETURN c {.id, .name}
        }} ELSE good {.id, .name} END}
  },
  statusHistory: COLLECT {
    MATCH (measure)-[r:HAD_STATUS]->(change:StatusChange)
    WHERE live AND r.retractedAt IS NULL AND change.retractedAt IS NULL
    WITH r, change ORDER BY change.id, r.id LIMIT 11
    RETURN change {.status, .on, .onPrecision, .quote,
      sources: COLLECT { UNWIND change.sourceIds AS sourceId MATCH (s:Source {id: sourceId}) RETURN s {.id, .title} }}
  }
} AS measure
