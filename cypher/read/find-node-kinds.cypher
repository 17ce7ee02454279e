// What the argument checks need of nodes by id (exposure's `firm`, `measure`, `target`, explain's
// and simulate's ids): that each is a node, its labels, and whether it is a hypothetical measure.
// Not the node's properties: a measure's description and quotes are a kilobyte the check never
// reads. Every id one level of an answer asks for comes in one round trip (src/db/batch.ts).
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN n.id AS id, {id: n.id, labels: [l IN labels(n) WHERE l <> 'Entity'], hypothetical: coalesce(n.hypothetical = true, false)} AS value
