// The firms exposed to one measure, ranked here rather than in code (docs/exposure.md): each
// firm's best path scored from the weights in $weights (src/exposure/weights.ts), best first,
// one page cut here ($offset, $limit: the page and one more), and the total. Only the page's
// paths come back with their hops' provenance; every other path stays in the database.
// The measure's scope is read first (find-measure-scope.cypher; its status on the day asked by
// the dates rule of src/exposure/as-of.ts), and comes in as parameters: $goodIds the goods it
// covers, $targetIds whom it names (the imposer and the exempted already left out), and with
// $allDestinations every country but $excludedIds (the imposers and the exempted) too;
// $imposerIds the suppliers whose shares weight a path; $likelihood the weight of its status.
// Ties: higher score, then fewer hops, then the hops' ends in path order ("from>to|…", as
// src/exposure/paths.ts bestPath compares them), then their types in path order (a sector that
// both makes and uses a good has two paths with the same ends); firms with equal scores by id.
// Retracted facts are ignored, and with $knownAt (an instant) the graph is read as it was known
// then: only facts asserted by then and not retracted by then count (docs/history.md).
// A hop's instants go out as epoch milliseconds, as the read planner's do: the driver's decoding
// of date-times was the largest part of an answer's server time (docs/exposure.md).
WITH CASE WHEN $knownAt IS NULL THEN null ELSE datetime($knownAt) END AS known
UNWIND $goodIds AS coveredId
MATCH (good:Entity {id: coveredId})
// Every way a firm or sector depends on the covered good: DEPENDS_ON or PRODUCES a good, then up
// the bill of materials (INPUT_TO, against its direction) and the control lists (MEMBER_OF).
MATCH path = (dependent)-[first:DEPENDS_ON|PRODUCES]->(:Commodity)
  ((x)-[step:INPUT_TO|MEMBER_OF]-(y)
    WHERE ((step:INPUT_TO AND startNode(step) = y) OR (step:MEMBER_OF AND startNode(step) = x))
      AND (known IS NULL OR coalesce(step.assertedAt <= known, true)) AND (step.retractedAt IS NULL OR step.retractedAt > coalesce(known, step.retractedAt))){0,6}
  (good)
WHERE size(step) <= $maxHops
  // A maker is exposed through the inputs of what it makes, not through its product itself.
  AND (type(first) = 'DEPENDS_ON' OR (size(step) > 0 AND type(step[0]) = 'INPUT_TO')) AND (dependent:Company OR dependent:Sector)
// Only dependents the measure can reach go on: a sector (its firms are checked below), or a firm
// based in a country it reaches or named itself, by the same test as the importers below. On a
// broad measure most dependents are based elsewhere; dropping them here, once per dependent and
// before their paths are checked and keyed, is most of the work saved (docs/exposure.md).
WITH known, dependent, collect({coveredId: coveredId, first: first, step: step, path: path}) AS found
WHERE dependent:Sector OR dependent.id IN $targetIds OR EXISTS {
  MATCH (dependent)-[basedIn:BASED_IN]->(country:Country)
  WHERE (country.id IN $targetIds OR ($allDestinations AND NOT country.id IN $excludedIds))
    AND (known IS NULL OR coalesce(basedIn.assertedAt <= known, true)) AND (basedIn.retractedAt IS NULL OR basedIn.retractedAt > coalesce(known, basedIn.retractedAt))
    AND (known IS NULL OR coalesce(country.assertedAt <= known, true)) AND (country.retractedAt IS NULL OR country.retractedAt > coalesce(known, country.retractedAt))
}
UNWIND found AS f
WITH known, dependent, f.coveredId AS coveredId, f.first AS first, f.step AS step, f.path AS path
WHERE all(r IN relationships(path) WHERE (known IS NULL OR coalesce(r.assertedAt <= known, true)) AND (r.retractedAt IS NULL OR r.retractedAt > coalesce(known, r.retractedAt)))
  AND all(n IN nodes(path) WHERE (known IS NULL OR coalesce(n.assertedAt <= known, true)) AND (n.retractedAt IS NULL OR n.retractedAt > coalesce(known, n.retractedAt)))
WITH known, dependent, coveredId, [first] + step AS rels,
  // The goods from the covered one down: the share of the first that has one counts (below).
  [n IN reverse(nodes(path)) WHERE n:Commodity | n.id] AS shareGoods
// What each relationship says as known then (its criticality, partial …): itself, or the version
// that held at `known` if it was restated since (docs/history.md); without `known`, themselves.
WITH known, dependent, coveredId, rels, shareGoods,
  CASE WHEN known IS NULL THEN rels ELSE [r IN rels |
    CASE WHEN coalesce(r.updatedAt, r.assertedAt, known) <= known THEN r
      ELSE coalesce(COLLECT { MATCH (version:Version {versionOf: r.id}) WHERE coalesce(version.updatedAt, version.assertedAt) <= known < version.supersededAt RETURN version }[0], r) END]
  END AS states
WITH known, dependent, collect({
  rels: rels,
  coveredId: coveredId,
  shareGoods: shareGoods,
  weights: [i IN range(0, size(rels) - 1) | CASE
    WHEN type(rels[i]) = 'MEMBER_OF' THEN CASE WHEN states[i].partial = true THEN $weights.memberOf / 2.0 ELSE $weights.memberOf END
    WHEN states[i].criticality IS :: INTEGER NOT NULL OR states[i].criticality IS :: FLOAT NOT NULL THEN toFloat(states[i].criticality)
    ELSE $weights.defaultCriticality END],
  key: reduce(k = '', r IN rels | k + startNode(r).id + '>' + endNode(r).id + '|') + $measureId + '>' + coveredId,
  types: reduce(t = '', r IN rels | t + type(r) + '|')
}) AS dependencies
// The shares are read here, once, and not before the groupings above: a value carried through
// an aggregation is part of its grouping key, held and counted per group, and a large supplier's
// shares (thousands) per dependent (thousands) went past Neo4j's memory limit for a transaction
// on the large benchmark graph (2026-12-06).
WITH known, collect({dependent: dependent, dependencies: dependencies}) AS dependents
// The known shares of an importer's supply of a good that come from the imposers, largest first
// (the cautious one where several are known), for the importers the measure reaches: read once
// and looked up in a list.
WITH known, dependents, COLLECT {
  MATCH (supplier:Entity)<-[s:SUPPLIER]-(dependency:SupplyDependency)-[i:IMPORTER]->(importer:Entity)
  WHERE supplier.id IN $imposerIds
    // Only an importer the measure reaches can weight a path (the importers below).
    AND (importer.id IN $targetIds OR ($allDestinations AND NOT importer.id IN $excludedIds))
    AND (known IS NULL OR coalesce(dependency.assertedAt <= known, true)) AND (dependency.retractedAt IS NULL OR dependency.retractedAt > coalesce(known, dependency.retractedAt)) AND (known IS NULL OR coalesce(i.assertedAt <= known, true)) AND (i.retractedAt IS NULL OR i.retractedAt > coalesce(known, i.retractedAt)) AND (known IS NULL OR coalesce(s.assertedAt <= known, true)) AND (s.retractedAt IS NULL OR s.retractedAt > coalesce(known, s.retractedAt))
  MATCH (dependency)-[g:OF_GOOD]->(good:Commodity)
  WHERE (known IS NULL OR coalesce(g.assertedAt <= known, true)) AND (g.retractedAt IS NULL OR g.retractedAt > coalesce(known, g.retractedAt))
  // The share as known then: the version that held at `known` if it was restated since.
  WITH importer, supplier, good, dependency,
    CASE WHEN known IS NULL OR coalesce(dependency.updatedAt, dependency.assertedAt, known) <= known THEN dependency.share
      ELSE coalesce(COLLECT { MATCH (dependency)-[:PREVIOUS_VERSION]->(version:Version) WHERE coalesce(version.updatedAt, version.assertedAt) <= known < version.supersededAt RETURN version }[0], dependency).share END AS shareThen
  RETURN {importerId: importer.id, supplierId: supplier.id, goodId: good.id, dependencyId: dependency.id, share: shareThen} AS share
  ORDER BY coalesce(shareThen, -1.0) DESC, dependency.id ASC
} AS shares
UNWIND dependents AS entry
WITH known, shares, entry.dependent AS dependent, entry.dependencies AS dependencies
// Per dependent: the firms it stands for (itself, or every firm of a sector, one IN_SECTOR hop
// more), whom the measure reaches for each, and for each importer its best path, found once for
// all the sector's firms there rather than once per firm.
CALL (dependent, dependencies, known, shares) {
  // The firms grouped by importer in a subquery of their own, so that the grouping is by
  // importer alone, not by the dependencies and shares in scope here (hashed and held per group).
  CALL (dependent, known) {
    CALL (dependent, known) {
      WITH dependent WHERE dependent:Company
      RETURN dependent AS firm, null AS inSector
      UNION
      MATCH (firm:Company)-[inSector:IN_SECTOR]->(dependent:Sector)
      WHERE (known IS NULL OR coalesce(inSector.assertedAt <= known, true)) AND (inSector.retractedAt IS NULL OR inSector.retractedAt > coalesce(known, inSector.retractedAt))
        AND (known IS NULL OR coalesce(firm.assertedAt <= known, true)) AND (firm.retractedAt IS NULL OR firm.retractedAt > coalesce(known, firm.retractedAt))
      RETURN firm, inSector
    }
    // A country the firm is based in that the measure reaches, or the firm itself when named.
    CALL (firm, known) {
      MATCH (firm)-[basedIn:BASED_IN]->(country:Country)
      WHERE (country.id IN $targetIds OR ($allDestinations AND NOT country.id IN $excludedIds))
        AND (known IS NULL OR coalesce(basedIn.assertedAt <= known, true)) AND (basedIn.retractedAt IS NULL OR basedIn.retractedAt > coalesce(known, basedIn.retractedAt))
        AND (known IS NULL OR coalesce(country.assertedAt <= known, true)) AND (country.retractedAt IS NULL OR country.retractedAt > coalesce(known, country.retractedAt))
      RETURN country.id AS importer, basedIn
      UNION
      WITH firm WHERE firm.id IN $targetIds
      RETURN firm.id AS importer, null AS basedIn
    }
    RETURN importer, inSector IS NOT NULL AS viaSector,
      collect({firm: firm, inSector: inSector, basedIn: basedIn}) AS firms
  }
  CALL (dependencies, shares, importer, viaSector) {
    // This importer's shares, picked once (in their order) rather than per path and good.
    WITH dependencies, importer, viaSector, [s IN shares WHERE s.importerId = importer] AS importerShares
    UNWIND dependencies AS d
    WITH d, head([g IN d.shareGoods WHERE any(s IN importerShares WHERE s.goodId = g)
      | head([s IN importerShares WHERE s.goodId = g])]) AS share
    // The product of the weights in the order of the path's hops, from share x likelihood, as
    // src/exposure/score.ts multiplies them: the same path scores the same to the last bit.
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
// Each firm's best path (higher score, fewer hops, then the hops' ends), then the firms ranked.
WITH firm, candidate ORDER BY candidate.score DESC, candidate.hops ASC, candidate.key ASC, candidate.types ASC
WITH firm, head(collect(candidate)) AS best
WHERE best.score > 0 AND best.score >= $minScore
WITH firm.id AS firmId, best ORDER BY best.score DESC, firmId ASC
WITH collect({firmId: firmId, best: best}) AS ranked
WITH size(ranked) AS total, ranked[toInteger($offset)..toInteger($offset + $limit)] AS page
// An empty page still answers the total: one row without a firm.
UNWIND CASE WHEN page = [] THEN [null] ELSE page END AS row
WITH total, row.firmId AS firmId, row.best AS best
// The page's relationships, each with its properties as known then (as `states` above).
WITH total, firmId, best, CASE WHEN $knownAt IS NULL THEN null ELSE datetime($knownAt) END AS known
RETURN total, firmId, best.score AS score, best.coveredId AS coveredId, best.importer AS importer,
  best.share AS supplyShare,
  [r IN best.rels | {type: type(r), from: startNode(r).id, to: endNode(r).id,
    props: coalesce(CASE WHEN known IS NOT NULL AND coalesce(r.updatedAt, r.assertedAt, known) > known
      THEN COLLECT { MATCH (version:Version {versionOf: r.id}) WHERE coalesce(version.updatedAt, version.assertedAt) <= known < version.supersededAt RETURN version {.*, assertedAt: toFloat(version.assertedAt.epochMillis), updatedAt: toFloat(version.updatedAt.epochMillis), retractedAt: toFloat(version.retractedAt.epochMillis), supersededAt: toFloat(version.supersededAt.epochMillis)} }[0] END, r {.*, assertedAt: toFloat(r.assertedAt.epochMillis), updatedAt: toFloat(r.updatedAt.epochMillis), retractedAt: toFloat(r.retractedAt.epochMillis)})}] AS hops,
  [r IN [best.basedIn] WHERE r IS NOT NULL | {type: 'BASED_IN', from: firmId, to: best.importer,
    props: coalesce(CASE WHEN known IS NOT NULL AND coalesce(r.updatedAt, r.assertedAt, known) > known
      THEN COLLECT { MATCH (version:Version {versionOf: r.id}) WHERE coalesce(version.updatedAt, version.assertedAt) <= known < version.supersededAt RETURN version {.*, assertedAt: toFloat(version.assertedAt.epochMillis), updatedAt: toFloat(version.updatedAt.epochMillis), retractedAt: toFloat(version.retractedAt.epochMillis), supersededAt: toFloat(version.supersededAt.epochMillis)} }[0] END, r {.*, assertedAt: toFloat(r.assertedAt.epochMillis), updatedAt: toFloat(r.updatedAt.epochMillis), retractedAt: toFloat(r.retractedAt.epochMillis)})}][0] AS basedInHop
