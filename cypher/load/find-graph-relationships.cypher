// Every relationship with its ends and properties, for the export.
MATCH (from)-[r]->(to)
RETURN type(r) AS type, from.id AS from, to.id AS to, properties(r) AS props
ORDER BY r.id, from.id, to.id
