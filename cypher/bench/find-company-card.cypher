// Benchmark floor, "node by id": a company with its sources, country and sectors, in one query.
MATCH (company:Entity {id: $id})
RETURN company {
  .id, .name, .aliases, .kind, .quote, .confidence, .inferred,
  sources: COLLECT {
    UNWIND company.sourceIds AS sourceId
    MATCH (source:Entity {id: sourceId})
    RETURN source {.id, .title}
  },
  basedIn: COLLECT { MATCH (company)-[:BASED_IN]->(country) RETURN country {.id, .name} },
  sectors: COLLECT { MATCH (company)-[:IN_SECTOR]->(sector) RETURN sector {.id, .name} }
} AS node
