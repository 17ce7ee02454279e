// The firms exposed to measures against Japan: the shortest path from each firm, through what it or its sector needs or makes, to each measure in force, announced or under consideration that targets Japan.
// A path runs firm (-IN_SECTOR-> sector) -DEPENDS_ON-> good, or -PRODUCES-> product and on to its inputs, then up to 4 steps back along INPUT_TO to the
// inputs or up MEMBER_OF to their classes, to a good the measure COVERS. Shows as a graph, and the table reads firm, route (as text), measure and goods.
// Another country: change both country:JP. The API's exposure also counts measures on all destinations and weighs each path (docs/exposure.md).
MATCH (target:Country {id: 'country:JP'})<-[:TARGETS]-(measure:Measure)
WHERE measure.status IN ['UNDER_CONSIDERATION', 'ANNOUNCED', 'IN_FORCE']
MATCH path = (firm:Company)-[:IN_SECTOR]->{0,1}(user)-[first:DEPENDS_ON|PRODUCES]->(:Commodity)
  ((good:Commodity)-[step:INPUT_TO|MEMBER_OF]-(next:Commodity)
    WHERE (step:INPUT_TO AND startNode(step) = next) OR (step:MEMBER_OF AND startNode(step) = good)){0,4}
  (:Commodity)<-[:COVERS]-(measure)
WHERE (first:DEPENDS_ON OR (size(step) > 0 AND type(step[0]) = 'INPUT_TO'))
  AND EXISTS { (firm)-[:BASED_IN]->(target) }
WITH firm, measure, path,
  CASE WHEN user = firm THEN 'its own' ELSE 'its sector ' + user.name END AS through
ORDER BY length(path), size([r IN relationships(path) WHERE r.inferred])
WITH firm, measure, through, collect(path)[0] AS path
RETURN path,
  firm.name AS firm,
  reduce(text = firm.name, i IN range(0, length(path) - 1) |
    text + CASE WHEN startNode(relationships(path)[i]) = nodes(path)[i]
      THEN ' -' + type(relationships(path)[i]) + '-> ' ELSE ' <-' + type(relationships(path)[i]) + '- ' END
    + coalesce(nodes(path)[i + 1].name, nodes(path)[i + 1].title, nodes(path)[i + 1].id)) AS route,
  through,
  coalesce(measure.title, measure.description) AS measure,
  measure.status AS status,
  [n IN nodes(path) WHERE n:Commodity | n.name] AS via_goods,
  size([r IN relationships(path) WHERE r.inferred]) AS inferred_hops
ORDER BY firm, through, measure
