// Sectors, one page, by name then id.
MATCH (s:Sector)
RETURN s.id AS id, [l IN labels(s) WHERE l <> 'Entity'] AS labels, properties(s) AS props
ORDER BY s.name, s.id
SKIP $offset
LIMIT $limit
