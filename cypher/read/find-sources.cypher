// The documents the facts come from, one page, by id. $kinds (ARTICLE, STANDARD …) is optional.
MATCH (s:Source)
WHERE $kinds IS NULL OR s.kind IN $kinds
RETURN s.id AS id, [l IN labels(s) WHERE l <> 'Entity'] AS labels, properties(s) AS props
ORDER BY s.id
SKIP $offset
LIMIT $limit
