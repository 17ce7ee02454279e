// "How is X connected to Y?": every shortest path between two nodes, in either direction, of at
// most $maxHops relationships (the pattern's bound, 6, is the API's maximum), never through a
// retracted relationship.
MATCH (a:Entity {id: $fromId}), (b:Entity {id: $toId})
MATCH path = ALL SHORTEST (a)(()-[step]-() WHERE step.retractedAt IS NULL){1,6}(b)
WHERE length(path) <= $maxHops
RETURN [r IN relationships(path) | {type: type(r), from: startNode(r).id, to: endNode(r).id, props: properties(r)}] AS hops
LIMIT 25
