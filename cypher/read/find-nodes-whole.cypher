// Whole nodes by id (every property), for the code that works with a node before it answers:
// `curbedGoods`' goods and measures, `simulate`'s nodes, an alias's owner. Argument checks read
// less (find-node-kinds.cypher).
// Every id asked by one level of an answer comes in one round trip (src/db/batch.ts). What a
// client reads of a node is planned instead (src/read/), with only the selected properties.
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN n.id AS id, {id: n.id, labels: [l IN labels(n) WHERE l <> 'Entity'], props: properties(n)} AS value
