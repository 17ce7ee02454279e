// Builds the reach index entries of some firms ($firmIds) again, after clear-reach-firms.cypher
// deleted them: a build after writes that changed only what those firms alone reach (their
// dependencies and products, their sectors, their countries, the firm retracted). The same
// entries build-reach.cypher makes, found from the firm's side: every path of up to 6 steps from
// the firm, or from a sector it is in (x inSector), to a good some measure covers, as
// rank-exposed-firms.cypher walks them; for each such good and each country the firm is based
// in, `reach`, and where some path passes a good with a known supply share, `sharedGoods` and
// `cleanReach` (build-reach.cypher says what they are). test/exposure/reach-partial.test.ts
// requires the two to agree entry for entry. Run in an auto-commit transaction, a few firms per
// batch.
WITH COLLECT {
  MATCH (:SupplyDependency)-[:OF_GOOD]->(shared:Commodity)
  RETURN DISTINCT shared.id
} AS shareGoods
UNWIND $firmIds AS firmId
MATCH (firm:Entity {id: firmId})
WHERE firm:Company
CALL (firm, shareGoods) {
  // The dependents the firm stands for: itself, and its sectors (one IN_SECTOR hop more).
  CALL (firm) {
    RETURN firm AS dependent, 1.0 AS factor
    UNION
    MATCH (firm)-[inSector:IN_SECTOR]->(dependent:Sector)
    WHERE inSector.retractedAt IS NULL AND firm.retractedAt IS NULL
    RETURN dependent, $weights.inSector AS factor
  }
  MATCH path = (dependent)-[first:DEPENDS_ON|PRODUCES]->(:Commodity)
    ((x)-[step:INPUT_TO|MEMBER_OF]-(y)
      WHERE ((step:INPUT_TO AND startNode(step) = y) OR (step:MEMBER_OF AND startNode(step) = x))
        AND step.retractedAt IS NULL){0,6}
    (good:Commodity)
  WHERE first.retractedAt IS NULL
    // A maker is exposed through the inputs of what it makes, not through its product itself.
    AND (type(first) = 'DEPENDS_ON' OR (size(step) > 0 AND type(step[0]) = 'INPUT_TO'))
    AND all(n IN nodes(path) WHERE n.retractedAt IS NULL)
    AND EXISTS { (:Measure)-[:COVERS]->(good) }
  WITH good, dependent, factor, size(step) AS steps, [n IN nodes(path) WHERE n.id IN shareGoods | n.id] AS shared,
    reduce(product = 1.0, r IN [first] + step | product * CASE
      WHEN type(r) = 'MEMBER_OF' THEN CASE WHEN r.partial = true THEN $weights.memberOf / 2.0 ELSE $weights.memberOf END
      WHEN r.criticality IS :: INTEGER NOT NULL OR r.criticality IS :: FLOAT NOT NULL THEN toFloat(r.criticality)
      ELSE $weights.defaultCriticality END) AS product
  WITH good, dependent, factor, collect({steps: steps, product: product, shared: shared}) AS paths
  WITH good, factor,
    [k IN range(0, 6) | reduce(best = 0.0, p IN paths | CASE WHEN p.steps <= k AND p.product > best THEN p.product ELSE best END)] AS reach,
    [k IN range(0, 6) | reduce(best = 0.0, p IN paths | CASE WHEN p.steps <= k AND p.shared = [] AND p.product > best THEN p.product ELSE best END)] AS cleanReach,
    reduce(goods = [], p IN paths | reduce(seen = goods, g IN p.shared | CASE WHEN g IN seen THEN seen ELSE seen + g END)) AS sharedGoods
  WITH good, collect({factor: factor, reach: reach, cleanReach: cleanReach, sharedGoods: sharedGoods}) AS ways
  WITH good, reduce(goods = [], w IN ways | reduce(seen = goods, g IN w.sharedGoods | CASE WHEN g IN seen THEN seen ELSE seen + g END)) AS sharedGoods,
    [k IN range(0, 6) | reduce(best = 0.0, w IN ways | CASE WHEN w.reach[k] * w.factor > best THEN w.reach[k] * w.factor ELSE best END)] AS reach,
    [k IN range(0, 6) | reduce(best = 0.0, w IN ways | CASE WHEN w.cleanReach[k] * w.factor > best THEN w.cleanReach[k] * w.factor ELSE best END)] AS cleanReach
  // Each country it is based in, once however many links say so (build-reach.cypher groups by
  // it); none: an entry without one, found only when a measure names it.
  CALL (firm) {
    OPTIONAL MATCH (firm)-[basedIn:BASED_IN]->(country:Country)
    WHERE basedIn.retractedAt IS NULL AND country.retractedAt IS NULL
    RETURN DISTINCT country.id AS country
  }
  CREATE (:ExposureReach {build: $generation, firm: firm.id, good: good.id, country: country, reach: reach,
    sharedGoods: CASE WHEN sharedGoods = [] THEN null ELSE sharedGoods END,
    cleanReach: CASE WHEN sharedGoods = [] THEN null ELSE cleanReach END})
} IN TRANSACTIONS OF 10 ROWS
RETURN count(firm) AS firms
