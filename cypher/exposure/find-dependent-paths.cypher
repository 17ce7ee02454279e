// Every firm and sector that depends on any of $goodIds: the reverse of find-firm-paths.cypher.
// It starts from the covered goods (index seeks) and walks down the control lists (MEMBER_OF)
// and the bill of materials (INPUT_TO) to what is depended on, in at most $maxHops steps.
UNWIND $goodIds AS coveredId
MATCH (good:Entity {id: coveredId})
MATCH path = (dependent)-[:DEPENDS_ON]->(:Commodity)
  ((x)-[step:INPUT_TO|MEMBER_OF]-(y)
    WHERE (step:INPUT_TO AND startNode(step) = y) OR (step:MEMBER_OF AND startNode(step) = x)){0,6}
  (good)
WHERE size(step) <= $maxHops AND (dependent:Company OR dependent:Sector)
RETURN
  dependent.id AS dependentId,
  dependent:Sector AS isSector,
  good.id AS goodId,
  [r IN relationships(path) | {type: type(r), from: startNode(r).id, to: endNode(r).id, props: properties(r)}] AS hops,
  [n IN nodes(path) WHERE n:Commodity | n.id] AS goodIds
