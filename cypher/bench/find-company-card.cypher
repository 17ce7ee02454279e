// Benchmark floor, "node by id": a company with its sources, country and sectors, in one query.
// The same answer as ours (docs/bench/README.md): retracted links and nodes left out, each list
// in id order and cut at a nested page (10, and one more to say there is a next page).
MATCH (company:Entity {id: $id})
WITH company, company.retractedAt IS NULL AS live
RETURN company {
  .id, .name, .aliases, .kind, .quote, .confidence, .inferred,
  sources: COLLECT {
    UNWIND company.sourceIds AS sourceId
    MATCH (source:Source {id: sourceId})
    RETURN source {.id, .title}
  },
  basedIn: COLLECT {
    MATCH (company)-[r:BASED_IN]->(country:Country)
    WHERE live AND r.retractedAt IS NULL AND country.retractedAt IS NULL
    WITH r, country ORDER BY country.id, r.id LIMIT 11
    RETURN country {.id, .name}
  },
  sectors: COLLECT {
    MATCH (company)-[r:IN_SECTOR]->(sector:Sector)
    WHERE live AND r.retractedAt IS NULL AND sector.retractedAt IS NULL
    WITH r, sector ORDER BY sector.id, r.id LIMIT 11
    RETURN sector {.id, .name}
  }
} AS node
