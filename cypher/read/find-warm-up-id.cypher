// A node to ask the persisted documents about at start (src/http/warm-documents.ts): of $label,
// standing (not retracted, not hypothetical), the one with the most relationships, so that a
// document's every statement runs, and is planned, before the first client asks. A measure must
// also be able to expose someone today (goods covered, its latest status change one of
// $activeStatuses): one that has been lifted would leave exposedFirms' ranking unplanned, and the
// first client of a broad measure would pay for the plan and a cold Neo4j (2–6 s, 2026-12-06).
MATCH (n:$($label))
WHERE n.retractedAt IS NULL AND NOT coalesce(n.hypothetical, false)
  AND ($label <> 'Measure' OR (EXISTS { (n)-[:COVERS]->(:Commodity) } AND COLLECT {
    MATCH (n)-[:HAD_STATUS]->(s:StatusChange)
    WHERE s.retractedAt IS NULL AND s.on <= date()
    RETURN s.status ORDER BY s.on DESC, s.index DESC LIMIT 1
  }[0] IN $activeStatuses))
RETURN n.id AS id
ORDER BY COUNT { (n)--() } DESC, n.id
LIMIT 1
