// Nodes by id, in the order asked, for `node(id)` and `nodes(ids)`: the root of a planned read
// (src/read/). Each request names an id and, from a typed global id, the label the node must
// have (null: any); an id that names nothing, or a node of another type, gives a null row.
UNWIND $requests AS request
OPTIONAL MATCH (node:Entity {id: request.id})
WHERE request.label IS NULL OR request.label IN labels(node)
RETURN node AS n
