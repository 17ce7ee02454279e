// Builds the reach index (docs/exposure.md, "The reach index") from the graph as it stands, after
// clear-reach.cypher emptied it (or clear-reach-goods.cypher deleted the entries of $goodIds, the
// goods a write may have changed; null: every covered good): for each good some measure covers, every path of up to 6 steps
// (maxHops' largest) from a firm or sector to it, as rank-exposed-firms.cypher walks them, and
// for each firm (a sector's firms through IN_SECTOR, x inSector) and country it is based in, one
// entry: the best product of the path weights within k steps for k = 0..6 (`reach`); and when
// some of its paths pass goods with a known supply share, those goods (`sharedGoods`, each once,
// though a path may pass one twice where inputs cycle: a measure
// whose imposers supply none of them to the firm's importer weights no path by a share) and the
// best product among the paths that pass none (`cleanReach`), which score exactly likelihood x
// unknownSupplyShare x product for any measure. Retracted facts are left out.
// Each entry carries the generation it was built for ($generation), for whoever looks at it; reads
// take the entries only while the index is fresh (no build under way or failed since).
// Run in an auto-commit transaction: each batch of goods commits on its own, so the build of a
// large graph never holds all its entries in one transaction's memory.
WITH COLLECT {
  MATCH (:SupplyDependency)-[:OF_GOOD]->(shared:Commodity)
  RETURN DISTINCT shared.id
} AS shareGoods
MATCH (:Measure)-[:COVERS]->(good:Commodity)
WHERE $goodIds IS NULL OR good.id IN $goodIds
WITH DISTINCT good, shareGoods
CALL (good, shareGoods) {
  MATCH path = (dependent)-[first:DEPENDS_ON|PRODUCES]->(:Commodity)
    ((x)-[step:INPUT_TO|MEMBER_OF]-(y)
      WHERE ((step:INPUT_TO AND startNode(step) = y) OR (step:MEMBER_OF AND startNode(step) = x))
        AND step.retractedAt IS NULL){0,6}
    (good)
  WHERE (dependent:Company OR dependent:Sector) AND first.retractedAt IS NULL
    // A maker is exposed through the inputs of what it makes, not through its product itself.
    AND (type(first) = 'DEPENDS_ON' OR (size(step) > 0 AND type(step[0]) = 'INPUT_TO'))
    AND all(n IN nodes(path) WHERE n.retractedAt IS NULL)
  WITH dependent, size(step) AS steps, [n IN nodes(path) WHERE n.id IN shareGoods | n.id] AS shared,
    reduce(product = 1.0, r IN [first] + step | product * CASE
      WHEN type(r) = 'MEMBER_OF' THEN CASE WHEN r.partial = true THEN $weights.memberOf / 2.0 ELSE $weights.memberOf END
      WHEN r.criticality IS :: INTEGER NOT NULL OR r.criticality IS :: FLOAT NOT NULL THEN toFloat(r.criticality)
      ELSE $weights.defaultCriticality END) AS product
  WITH dependent, collect({steps: steps, product: product, shared: shared}) AS paths
  WITH dependent,
    [k IN range(0, 6) | reduce(best = 0.0, p IN paths | CASE WHEN p.steps <= k AND p.product > best THEN p.product ELSE best END)] AS reach,
    [k IN range(0, 6) | reduce(best = 0.0, p IN paths | CASE WHEN p.steps <= k AND p.shared = [] AND p.product > best THEN p.product ELSE best END)] AS cleanReach,
    reduce(goods = [], p IN paths | reduce(seen = goods, g IN p.shared | CASE WHEN g IN seen THEN seen ELSE seen + g END)) AS sharedGoods
  // The firms a dependent stands for: itself, or a sector's firms (one IN_SECTOR hop more).
  CALL (dependent) {
    WITH dependent WHERE dependent:Company
    RETURN dependent AS firm, 1.0 AS factor
    UNION
    MATCH (firm:Company)-[inSector:IN_SECTOR]->(dependent:Sector)
    WHERE inSector.retractedAt IS NULL AND firm.retractedAt IS NULL
    RETURN firm, $weights.inSector AS factor
  }
  // Each country it is based in (none: an entry without one, found only when a measure names it).
  CALL (firm) {
    OPTIONAL MATCH (firm)-[basedIn:BASED_IN]->(country:Country)
    WHERE basedIn.retractedAt IS NULL AND country.retractedAt IS NULL
    RETURN country.id AS country
  }
  WITH firm.id AS firmId, country, collect({factor: factor, reach: reach, cleanReach: cleanReach, sharedGoods: sharedGoods}) AS ways
  WITH firmId, country, reduce(goods = [], w IN ways | reduce(seen = goods, g IN w.sharedGoods | CASE WHEN g IN seen THEN seen ELSE seen + g END)) AS sharedGoods,
    [k IN range(0, 6) | reduce(best = 0.0, w IN ways | CASE WHEN w.reach[k] * w.factor > best THEN w.reach[k] * w.factor ELSE best END)] AS reach,
    [k IN range(0, 6) | reduce(best = 0.0, w IN ways | CASE WHEN w.cleanReach[k] * w.factor > best THEN w.cleanReach[k] * w.factor ELSE best END)] AS cleanReach
  // Most entries pass no good with a share: they store neither list (null: not stored, not read).
  CREATE (:ExposureReach {build: $generation, firm: firmId, good: good.id, country: country, reach: reach,
    sharedGoods: CASE WHEN sharedGoods = [] THEN null ELSE sharedGoods END,
    cleanReach: CASE WHEN sharedGoods = [] THEN null ELSE cleanReach END})
} IN TRANSACTIONS OF 4 ROWS
RETURN count(good) AS goods
