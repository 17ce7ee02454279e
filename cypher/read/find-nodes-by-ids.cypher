// Nodes by id, for any kind (Relay `node`, loaders). One index seek per id on :Entity(id).
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN n.id AS id, [label IN labels(n) WHERE label <> 'Entity'] AS labels, properties(n) AS props
