// The firms exposed to measures against Japan: the shortest path from each firm, through its own dependencies or its sector's, to each measure in force, announced or under consideration that targets Japan.
// A path runs firm (-IN_SECTOR-> sector) -DEPENDS_ON-> good, then up to 4 steps back along INPUT_TO to the good's inputs or up MEMBER_OF to
// their classes, to a good the measure COVERS. Shows as a graph, and the table lists firm, route, measure and goods. Another country: change both country:JP.
MATCH path = (firm:Company)-[:IN_SECTOR]->{0,1}(user)-[:DEPENDS_ON]->(:Commodity)
  ((good:Commodity)-[step:INPUT_TO|MEMBER_OF]-(next:Commodity)
    WHERE (step:INPUT_TO AND startNode(step) = next) OR (step:MEMBER_OF AND startNode(step) = good)){0,4}
  (:Commodity)<-[:COVERS]-(measure:Measure)-[:TARGETS]->(:Country {id: 'country:JP'})
WHERE measure.status IN ['UNDER_CONSIDERATION', 'ANNOUNCED', 'IN_FORCE']
  AND EXISTS { (firm)-[:BASED_IN]->(:Country {id: 'country:JP'}) }
WITH firm, measure, path,
  CASE WHEN user = firm THEN 'its own dependency' ELSE 'its sector: ' + user.name END AS route
ORDER BY length(path), size([r IN relationships(path) WHERE r.inferred])
WITH firm, measure, route, collect(path)[0] AS path
RETURN path,
  firm.name AS firm,
  route,
  measure.description AS measure,
  measure.status AS status,
  [n IN nodes(path) WHERE n:Commodity | n.name] AS via_goods,
  size([r IN relationships(path) WHERE r.inferred]) AS inferred_hops
ORDER BY firm, route, measure
