// exposedFirms: the firms choose-firms-by-reach.cypher chose ($firmIds), scored exactly, as
// rank-exposed-firms.cypher scores them (the same rule, the same scores to the last bit, the same
// ties), for the graph as it stands (no retracted fact): every path from them and their sectors
// to the covered goods, the supply shares, each firm's best path. Ranked, paged ($offset,
// $limit), with the provenance of the page's paths, and `scored`: how many of $uncertainIds (the
// firms whose count was in doubt) scored; the total is the sure ones' count plus that.
// The lists come in as parameters: a list in scope is counted again, for Neo4j's memory limit,
// for each row of the join below.
// Whom they stand for: themselves and their sectors.
WITH COLLECT {
  UNWIND $firmIds AS firmId
  MATCH (firm:Company {id: firmId})
  CALL (firm) {
    RETURN firm AS dependent
    UNION
    MATCH (firm)-[inSector:IN_SECTOR]->(dependent:Sector)
    WHERE inSector.retractedAt IS NULL AND dependent.retractedAt IS NULL
    RETURN dependent
  }
  RETURN DISTINCT dependent.id
} AS dependentIds
// The dependents' first hops joined with the covered goods' inputs and classes, walked once from
// the goods: walking from each dependent would go through everything a sector needs.
MATCH (dependent:Entity)-[first:DEPENDS_ON|PRODUCES]->(start:Commodity),
  (start)
    ((x)-[step:INPUT_TO|MEMBER_OF]-(y)
      WHERE ((step:INPUT_TO AND startNode(step) = y) OR (step:MEMBER_OF AND startNode(step) = x))
        AND step.retractedAt IS NULL){0,6}
    (good:Commodity)
USING JOIN ON start
WHERE dependent.id IN dependentIds AND good.id IN $goodIds AND size(step) <= $maxHops
  AND (dependent:Company OR dependent:Sector)
  // A maker is exposed through the inputs of what it makes, not through its product itself.
  AND (type(first) = 'DEPENDS_ON' OR (size(step) > 0 AND type(step[0]) = 'INPUT_TO'))
  AND first.retractedAt IS NULL AND dependent.retractedAt IS NULL
  // The goods in path order: `start` and each step's far end (y).
  AND all(n IN [start] + y WHERE n.retractedAt IS NULL)
WITH dependent, good.id AS coveredId, [first] + step AS rels,
  // The goods from the covered one down: the share of the first that has one counts (below).
  [n IN reverse([start] + y) WHERE n:Commodity | n.id] AS shareGoods
WITH dependent, collect({
  rels: rels,
  coveredId: coveredId,
  shareGoods: shareGoods,
  weights: [r IN rels | CASE
    WHEN type(r) = 'MEMBER_OF' THEN CASE WHEN r.partial = true THEN $weights.memberOf / 2.0 ELSE $weights.memberOf END
    WHEN r.criticality IS :: INTEGER NOT NULL OR r.criticality IS :: FLOAT NOT NULL THEN toFloat(r.criticality)
    ELSE $weights.defaultCriticality END],
  key: reduce(k = '', r IN rels | k + startNode(r).id + '>' + endNode(r).id + '|') + $measureId + '>' + coveredId,
  types: reduce(t = '', r IN rels | t + type(r) + '|')
}) AS dependencies
WITH collect({dependent: dependent, dependencies: dependencies}) AS dependents
// The sectors' firms among those scored (the companies among the dependents), read from the
// firms (a sector has thousands), and with each dependent the firms it stands for: a firm
// itself, a sector those of its firms.
WITH dependents, COLLECT {
  UNWIND $firmIds AS firmId
  MATCH (firm:Company {id: firmId})-[inSector:IN_SECTOR]->(sector:Sector)
  WHERE inSector.retractedAt IS NULL AND firm.retractedAt IS NULL
  RETURN {firm: firm.id, sector: sector.id} AS membership
} AS memberships
WITH [entry IN dependents | entry {.*,
  members: CASE WHEN entry.dependent:Company THEN [entry.dependent.id]
    ELSE [m IN memberships WHERE m.sector = entry.dependent.id | m.firm] END
}] AS dependents
// The known shares of an importer's supply of a good that come from the imposers, largest
// first, for the importers the measure reaches (as rank-exposed-firms.cypher reads them).
WITH dependents, COLLECT {
  MATCH (supplier:Entity)<-[s:SUPPLIER]-(dependency:SupplyDependency)-[i:IMPORTER]->(importer:Entity)
  WHERE supplier.id IN $imposerIds
    AND (importer.id IN $targetIds OR ($allDestinations AND NOT importer.id IN $excludedIds))
    AND dependency.retractedAt IS NULL AND i.retractedAt IS NULL AND s.retractedAt IS NULL
  MATCH (dependency)-[g:OF_GOOD]->(good:Commodity)
  WHERE g.retractedAt IS NULL
  RETURN {importerId: importer.id, supplierId: supplier.id, goodId: good.id, dependencyId: dependency.id, share: dependency.share} AS share
  ORDER BY coalesce(dependency.share, -1.0) DESC, dependency.id ASC
} AS shares
UNWIND dependents AS entry
WITH shares, entry.dependent AS dependent, entry.dependencies AS dependencies, entry.members AS members
CALL (dependent, dependencies, shares, members) {
  // The firms it stands for, grouped by importer.
  CALL (dependent, members) {
    UNWIND members AS memberId
    MATCH (firm:Company {id: memberId})
    // A sector's firm: its IN_SECTOR hop (none for a firm that is the dependent itself).
    OPTIONAL MATCH (firm)-[inSector:IN_SECTOR]->(dependent)
    WHERE dependent:Sector AND inSector.retractedAt IS NULL
    // A country the firm is based in that the measure reaches, or the firm itself when named.
    CALL (firm) {
      MATCH (firm)-[basedIn:BASED_IN]->(country:Country)
      WHERE (country.id IN $targetIds OR ($allDestinations AND NOT country.id IN $excludedIds))
        AND basedIn.retractedAt IS NULL AND country.retractedAt IS NULL
      RETURN country.id AS importer, basedIn
      UNION
      WITH firm WHERE firm.id IN $targetIds
      RETURN firm.id AS importer, null AS basedIn
    }
    RETURN importer, inSector IS NOT NULL AS viaSector,
      collect({firm: firm, inSector: inSector, basedIn: basedIn}) AS firms
  }
  CALL (dependencies, shares, importer, viaSector) {
    WITH dependencies, importer, viaSector, [s IN shares WHERE s.importerId = importer] AS importerShares
    UNWIND dependencies AS d
    WITH d, head([g IN d.shareGoods WHERE any(s IN importerShares WHERE s.goodId = g)
      | head([s IN importerShares WHERE s.goodId = g])]) AS share
    // The product in the order of the path's hops, from share x likelihood, as
    // src/exposure/score.ts multiplies them.
    WITH d, share, reduce(s = coalesce(share.share, $weights.unknownSupplyShare) * $likelihood,
      w IN CASE WHEN viaSector THEN [$weights.inSector] + d.weights ELSE d.weights END | s * w) AS score,
      d.key + '|' + $measureId + '>' + importer AS key
    RETURN d, share, score, key
    ORDER BY score DESC, size(d.rels) ASC, key ASC, d.types ASC
    LIMIT 1
  }
  UNWIND firms AS f
  RETURN f.firm AS firm, {
    score: score,
    hops: size(d.rels) + CASE WHEN viaSector THEN 1 ELSE 0 END + CASE WHEN f.basedIn IS NULL THEN 2 ELSE 3 END,
    key: CASE WHEN viaSector THEN f.firm.id + '>' + dependent.id + '|' ELSE '' END + key
      + CASE WHEN f.basedIn IS NULL THEN '' ELSE '|' + f.firm.id + '>' + importer END,
    types: d.types,
    rels: CASE WHEN viaSector THEN [f.inSector] ELSE [] END + d.rels,
    basedIn: f.basedIn, coveredId: d.coveredId, importer: importer, share: share
  } AS candidate
}
// Each firm's best path, then the firms ranked.
WITH firm, candidate ORDER BY candidate.score DESC, candidate.hops ASC, candidate.key ASC, candidate.types ASC
WITH firm, head(collect(candidate)) AS best
WHERE best.score > 0 AND best.score >= $minScore
WITH firm.id AS firmId, best ORDER BY best.score DESC, firmId ASC
WITH collect({firmId: firmId, best: best}) AS ranked
// Of the firms in doubt, those that scored count towards the total.
WITH size([r IN ranked WHERE r.firmId IN $uncertainIds]) AS scored,
  ranked[toInteger($offset)..toInteger($offset + $limit)] AS page
// An empty page still answers the count: one row without a firm.
UNWIND CASE WHEN page = [] THEN [null] ELSE page END AS row
WITH scored, row.firmId AS firmId, row.best AS best
RETURN scored, firmId, best.score AS score, best.coveredId AS coveredId, best.importer AS importer,
  best.share AS supplyShare,
  [r IN best.rels | {type: type(r), from: startNode(r).id, to: endNode(r).id,
    props: r {.*, assertedAt: toFloat(r.assertedAt.epochMillis), updatedAt: toFloat(r.updatedAt.epochMillis), retractedAt: toFloat(r.retractedAt.epochMillis)}}] AS hops,
  [r IN [best.basedIn] WHERE r IS NOT NULL | {type: 'BASED_IN', from: firmId, to: best.importer,
    props: r {.*, assertedAt: toFloat(r.assertedAt.epochMillis), updatedAt: toFloat(r.updatedAt.epochMillis), retractedAt: toFloat(r.retractedAt.epochMillis)}}][0] AS basedInHop
