// "How is X connected to Y?": the 100 shortest paths between two nodes, in either direction, of
// at most $maxHops relationships (the pattern's bound, 6, is the API's maximum). A path never runs
// through a retracted relationship or a retracted node: a retracted node on the way hides it.
// explain ranks them by their exposure weights (src/exposure/score.ts) and pages them.
MATCH (a:Entity {id: $fromId}), (b:Entity {id: $toId})
WHERE a.retractedAt IS NULL AND b.retractedAt IS NULL
MATCH path = SHORTEST 100 (a)(()-[step]-(next) WHERE step.retractedAt IS NULL AND next.retractedAt IS NULL){1,6}(b)
WHERE length(path) <= $maxHops
RETURN [r IN relationships(path) | {type: type(r), from: startNode(r).id, to: endNode(r).id, props: r {.*, assertedAt: toFloat(r.assertedAt.epochMillis), updatedAt: toFloat(r.updatedAt.epochMillis), retractedAt: toFloat(r.retractedAt.epochMillis)}}] AS hops
