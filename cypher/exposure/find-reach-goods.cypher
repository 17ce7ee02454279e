// The covered goods whose reach index entries a write may have changed (docs/exposure.md, "The
// reach index"), from the `starts` a write noted ($ids, src/exposure/reach-touches.ts; a firm's
// own changes are rebuilt firm by firm instead): every covered good a path through one of them
// can end at. From a commodity or class, the walk goes on as rank-exposed-firms.cypher's does
// (to a product's inputs, to a good's classes); from a sector, from what it depends on or makes;
// from a supply dependency, from its good. Retracted facts are walked too: a path the write took away ended
// where one still may.
UNWIND $ids AS id
MATCH (touched:Entity {id: id})
CALL (touched) {
  WITH touched WHERE touched:Commodity
  RETURN touched AS start
  UNION
  MATCH (touched:Sector)-[:DEPENDS_ON|PRODUCES]->(start:Commodity)
  RETURN start
  UNION
  MATCH (touched:SupplyDependency)-[:OF_GOOD]->(start:Commodity)
  RETURN start
}
WITH DISTINCT start
MATCH (start)
  ((x)-[step:INPUT_TO|MEMBER_OF]-(y)
    WHERE (step:INPUT_TO AND startNode(step) = y) OR (step:MEMBER_OF AND startNode(step) = x)){0,6}
  (good:Commodity)
WHERE EXISTS { (:Measure)-[:COVERS]->(good) }
RETURN collect(DISTINCT good.id) AS goodIds
