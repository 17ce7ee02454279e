// Benchmark floor: ids to the names and titles an exposure answer shows (measures, firms, sources).
UNWIND $ids AS id
MATCH (node:Entity {id: id})
RETURN node.id AS id, coalesce(node.name, node.description, node.title) AS label
