// Upserts a batch of relationships between nodes that exist (the reader has checked that).
// A relationship's `id` tells it apart from another of the same type between the same nodes.
UNWIND $rows AS row
MATCH (from:Entity {id: row.from})
MATCH (to:Entity {id: row.to})
MERGE (from)-[r:$(row.type) {id: row.id}]->(to)
SET r = row.props
