// Who said what: statements matching a filter, one page, in the order they were said (undated
// last, ties by id). $by: actors who made them (BY); $about: anything they are about (ABOUT).
// Every filter is optional (null = no filter).
MATCH (s:Statement)
WHERE ($by IS NULL OR EXISTS { (s)-[:BY]->(a:Entity) WHERE a.id IN $by })
  AND ($about IS NULL OR EXISTS { (s)-[:ABOUT]->(x:Entity) WHERE x.id IN $about })
RETURN s.id AS id, [l IN labels(s) WHERE l <> 'Entity'] AS labels, properties(s) AS props
ORDER BY s.saidOn IS NULL, s.saidOn, s.id
SKIP $offset
LIMIT $limit
