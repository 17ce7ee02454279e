// Which firms exposedFirms scores exactly, from the reach index (docs/exposure.md, "The reach
// index"); choose-firms-by-reach then score-chosen-firms.cypher rank as rank-exposed-firms.cypher
// does (the same rule, the same scores to the last bit, the same ties), without walking from the
// covered goods to every dependent. For the graph as it stands only: with knownAt the walk answers.
// The index holds, for each firm, good some measure covers and country the firm is based in, the
// best product of a path's weights within k steps (`reach[k]`), and the best among the paths that
// pass no good with a known supply share (`cleanReach[k]`). So each candidate firm's score lies
// between a lower and an upper bound: the firms counted for sure, and the ones that can still
// reach the page (or whose count is in doubt), which are scored exactly.
// No row: the index is not fresh (a write since the last build); the caller walks instead.
MATCH (state:ExposureIndexState {name: 'reach'})
WHERE state.builtGeneration = state.generation
// The candidates' bounds, in a subquery: none when the index is not fresh.
CALL (state) {
  // The known shares of a good from an imposer to an importer the measure reaches: only they
  // can weight a path.
  WITH state, COLLECT {
    MATCH (supplier:Entity)<-[:SUPPLIER]-(dependency:SupplyDependency)-[:IMPORTER]->(importer:Entity)
    WHERE supplier.id IN $imposerIds
      AND (importer.id IN $targetIds OR ($allDestinations AND NOT importer.id IN $excludedIds))
    MATCH (dependency)-[:OF_GOOD]->(good:Commodity)
    RETURN {importerId: importer.id, goodId: good.id, share: coalesce(dependency.share, $weights.unknownSupplyShare)} AS share
  } AS shares
  // The candidates: entries of the covered goods in the countries the measure reaches, and of the
  // firms it names, each with the importer it stands for.
  CALL (state) {
    UNWIND $goodIds AS goodId
    UNWIND $targetIds AS countryId
    // Both at once: a broad good has entries in many countries (the planner, on a small graph,
    // would seek by the good alone; below, by the goods rather than the firm).
    MATCH (entry:ExposureReach {good: goodId, country: countryId})
    USING INDEX entry:ExposureReach(good, country)
    RETURN entry, countryId AS importer
    UNION
    UNWIND CASE WHEN $allDestinations THEN $goodIds ELSE [] END AS goodId
    MATCH (entry:ExposureReach {good: goodId})
    WHERE entry.country IS NOT NULL AND NOT entry.country IN $excludedIds
    RETURN entry, entry.country AS importer
    UNION
    UNWIND $targetIds AS firmId
    MATCH (entry:ExposureReach {firm: firmId})
    USING INDEX entry:ExposureReach(firm)
    WHERE entry.good IN $goodIds
    RETURN entry, firmId AS importer
  }
  // Each importer's shares, picked once for all its entries.
  WITH shares, importer, collect(entry) AS entries
  WITH importer, entries, [s IN shares WHERE s.importerId = importer] AS importerShares
  UNWIND entries AS entry
  // Each firm's bounds, for the measure's status: none of them can reach the page if its upper
  // bound is below the minimum. The factors are multiplied in another order than the exact
  // score's, so each bound is widened by a billionth (far more than the rounding of a few
  // products).
  WITH entry.firm AS firmId,
    max(entry.reach[toInteger($maxHops)]) * $likelihood * 1.000000001 AS high,
    // The best path scores at least likelihood x its product x the smallest share that could
    // weight it: one of the imposers' shares to the firm's importer of a good its paths pass, or
    // unknownSupplyShare (none); and a path that passes no good with a known share scores
    // likelihood x unknownSupplyShare x its product. (Most importers have no share from the
    // imposers, and most entries pass no good with one: then neither list is read.)
    max(CASE WHEN importerShares = [] OR entry.sharedGoods IS NULL THEN entry.reach[toInteger($maxHops)] * $weights.unknownSupplyShare
      ELSE reduce(best = entry.cleanReach[toInteger($maxHops)] * $weights.unknownSupplyShare,
        bound IN [entry.reach[toInteger($maxHops)] * reduce(smallest = $weights.unknownSupplyShare, s IN importerShares |
          CASE WHEN s.share < smallest AND s.goodId IN entry.sharedGoods THEN s.share ELSE smallest END)]
        | CASE WHEN bound > best THEN bound ELSE best END) END) * $likelihood * 0.999999999 AS low
  WHERE high > 0 AND high >= $minScore
  WITH firmId, high, low ORDER BY low DESC
  RETURN collect(firmId) AS ids, collect(high) AS highs, collect(low) AS lows
}
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
WITH size([s IN sure WHERE s]) AS sure,
  [i IN range(0, size(ids) - 1) WHERE NOT sure[i] | ids[i]] AS uncertain,
  [i IN range(0, size(ids) - 1) WHERE highs[i] >= threshold OR NOT sure[i] | ids[i]] AS firmIds
RETURN sure, uncertain, firmIds
