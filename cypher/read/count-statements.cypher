// How many statements match the filter of find-statements.cypher (kept identical to it): asked
// only when a client selects `totalCount`.
MATCH (s:Statement)
WHERE ($by IS NULL OR EXISTS { (s)-[:BY]->(a:Entity) WHERE a.id IN $by })
  AND ($about IS NULL OR EXISTS { (s)-[:ABOUT]->(x:Entity) WHERE x.id IN $about })
RETURN count(*) AS total
