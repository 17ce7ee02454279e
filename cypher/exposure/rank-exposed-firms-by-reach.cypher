// The firms exposed to one measure, as rank-exposed-firms.cypher ranks them (the same rule, the
// same scores to the last bit, the same ties), but starting from the reach index
// (docs/exposure.md, "The reach index") instead of walking from the covered goods to every
// dependent. For the graph as it stands only: with knownAt the walk answers.
// The index says, for each firm, good some measure covers and country the firm is based in, the
// best product of a path's weights within k steps (`reach[k]`), and the best among the paths
// that pass no good with a known supply share (`cleanReach[k]`: those score exactly
// likelihood x unknownSupplyShare x product). So each candidate firm's score lies between a
// lower and an upper bound, and only the firms that can still reach the page (or whose
// count is in doubt) are scored exactly, by the walk from them and their sectors.
// No row: the index is not fresh (a write since the last build); the caller walks instead.
MATCH (state:ExposureIndexState {name: 'reach'})
WHERE state.builtGeneration = state.generation
// Which firms to score: bounds from the index, in a subquery of their own so that only its
// three answers stay in scope (Neo4j counts what is in scope again for each row below).
CALL (state) {
  // The importers with a known share of a good from an imposer, each with its smallest: a path
  // to another importer is weighted by no share, and one to these by that share at least.
  WITH state, COLLECT {
    MATCH (supplier:Entity)<-[:SUPPLIER]-(dependency:SupplyDependency)-[:IMPORTER]->(importer:Entity)
    WHERE supplier.id IN $imposerIds
    WITH importer.id AS importerId, min(coalesce(dependency.share, $weights.unknownSupplyShare)) AS smallest
    RETURN {importerId: importerId, smallest: smallest} AS importer
  } AS sharedImporters
  // The candidates: entries of the covered goods in the countries the measure reaches, and of the
  // firms it names, from the last finished build, each with the importer it stands for.
  CALL (state) {
    UNWIND $goodIds AS goodId
    UNWIND $targetIds AS countryId
    MATCH (entry:ExposureReach {good: goodId, country: countryId})
    WHERE entry.build = state.builtGeneration
    RETURN entry, countryId AS importer
    UNION
    UNWIND CASE WHEN $allDestinations THEN $goodIds ELSE [] END AS goodId
    MATCH (entry:ExposureReach {good: goodId})
    WHERE entry.build = state.builtGeneration AND entry.country IS NOT NULL AND NOT entry.country IN $excludedIds
    RETURN entry, entry.country AS importer
    UNION
    UNWIND $targetIds AS firmId
    MATCH (entry:ExposureReach {firm: firmId})
    WHERE entry.build = state.builtGeneration AND entry.good IN $goodIds
    RETURN entry, firmId AS importer
  }
  // Each firm's bounds, for the measure's status: none of them can reach the page if its upper
  // bound is below the minimum. The factors are multiplied in another order than the exact
  // score's, so each bound is widened by a billionth (far more than the rounding of a few
  // products). Kept as lists of ids and numbers, not of maps: every value in scope here is
  // counted again for each row of the join below, against Neo4j's memory limit.
  WITH entry.firm AS firmId,
    max(entry.reach[toInteger($maxHops)]) * $likelihood * 1.000000001 AS high,
    // The best path scores at least likelihood x its product x the smallest share that could
    // weight it (unknownSupplyShare when its importer has none from an imposer); and a path that
    // passes no good with a known share scores likelihood x unknownSupplyShare x its product.
    max(reduce(low = 0.0, bound IN CASE
        WHEN NOT any(s IN sharedImporters WHERE s.importerId = importer)
          THEN [entry.reach[toInteger($maxHops)] * $weights.unknownSupplyShare]
        ELSE [entry.cleanReach[toInteger($maxHops)] * $weights.unknownSupplyShare,
          entry.reach[toInteger($maxHops)] * CASE WHEN $weights.unknownSupplyShare < head([s IN sharedImporters WHERE s.importerId = importer]).smallest
            THEN $weights.unknownSupplyShare ELSE head([s IN sharedImporters WHERE s.importerId = importer]).smallest END]
        END | CASE WHEN bound > low THEN bound ELSE low END)) * $likelihood * 0.999999999 AS low
  WHERE high > 0 AND high >= $minScore
  WITH firmId, high, low ORDER BY low DESC
  WITH collect(firmId) AS ids, collect(high) AS highs, collect(low) AS lows
  // A known share of 0 would score a firm 0 however it is reached: only then does reaching a
  // covered good not count a firm by itself.
  WITH ids, highs, lows, EXISTS {
    MATCH (supplier:Entity)<-[:SUPPLIER]-(dependency:SupplyDependency)
    WHERE supplier.id IN $imposerIds AND dependency.share = 0
  } AS zeroShares
  // Counted for sure: a firm whose lower bound meets the minimum score, or any firm that reaches
  // a covered good when the minimum is 0 and no share is 0.
  WITH ids, highs, [i IN range(0, size(ids) - 1) |
    (lows[i] > 0 AND lows[i] >= $minScore) OR ($minScore = 0 AND NOT zeroShares)] AS sure,
    // The page's last place scores at least the (offset + limit)-th best lower bound: a firm
    // whose upper bound is below that cannot be on the page.
    coalesce([low IN lows WHERE low > 0][toInteger($offset + $limit) - 1], 0.0) AS threshold
  RETURN size([s IN sure WHERE s]) AS sure,
    [i IN range(0, size(ids) - 1) WHERE NOT sure[i] | ids[i]] AS uncertain,
    [i IN range(0, size(ids) - 1) WHERE highs[i] >= threshold OR NOT sure[i] | ids[i]] AS firmIds
}
// Those firms scored exactly: every path from them and their sectors to the covered goods, as in
// rank-exposed-firms.cypher, for the graph as it stands (no retracted fact). Whom they stand for:
// themselves and their sectors. Only these ids go into the subquery: Neo4j counts every value in
// scope again for each row of the join below, against its memory limit.
WITH sure, uncertain, COLLECT {
  UNWIND firmIds AS firmId
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
CALL (dependentIds) {
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
    // The goods in path order are `start` and each step's far end (y); no path variable: inside
    // a subquery, Neo4j materialised `nodes(path)` of this pattern past its memory limit.
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
    UNWIND dependentIds AS firmId
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
  RETURN collect({firmId: firmId, best: best}) AS ranked
}
// The total: the firms counted for sure and those in doubt that scored.
WITH sure + size([r IN ranked WHERE r.firmId IN uncertain]) AS total,
  ranked[toInteger($offset)..toInteger($offset + $limit)] AS page
// An empty page still answers the total: one row without a firm.
UNWIND CASE WHEN page = [] THEN [null] ELSE page END AS row
WITH total, row.firmId AS firmId, row.best AS best
RETURN total, firmId, best.score AS score, best.coveredId AS coveredId, best.importer AS importer,
  best.share AS supplyShare,
  [r IN best.rels | {type: type(r), from: startNode(r).id, to: endNode(r).id,
    props: r {.*, assertedAt: toFloat(r.assertedAt.epochMillis), updatedAt: toFloat(r.updatedAt.epochMillis), retractedAt: toFloat(r.retractedAt.epochMillis)}}] AS hops,
  [r IN [best.basedIn] WHERE r IS NOT NULL | {type: 'BASED_IN', from: firmId, to: best.importer,
    props: r {.*, assertedAt: toFloat(r.assertedAt.epochMillis), updatedAt: toFloat(r.updatedAt.epochMillis), retractedAt: toFloat(r.retractedAt.epochMillis)}}][0] AS basedInHop
