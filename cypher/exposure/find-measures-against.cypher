// The measures that reach any of $targetIds (a firm and the countries it is based in) and exist on
// $asOf: those that name a target (TARGETS), and those whose scope is all destinations or all
// except a list (every country but the imposer and the exempted; docs/exposure.md). Each comes
// with its status changes dated on or before $asOf (src/exposure/as-of.ts applies the rule for
// month and year dates), who imposed it, whom it exempts, and the goods it covers; the TARGETS
// hops (real, or standing for the scope) become hops of the exposure path. With $goodIds (a list)
// only the COVERS hops to those goods come back (the goods a firm depends on, find-firm-goods):
// the other hops cannot be on its paths, and a measure covering none of them only when its status
// may be uncertain on $asOf (below). Null: every covered good.
// Retracted facts are ignored, and with $knownAt (an instant) the graph is read as it was known
// then: only facts asserted by then and not retracted by then count (docs/history.md).
WITH CASE WHEN $knownAt IS NULL THEN null ELSE datetime($knownAt) END AS known
UNWIND $targetIds AS targetId
MATCH (target:Entity {id: targetId})
WHERE (known IS NULL OR coalesce(target.assertedAt <= known, true)) AND (target.retractedAt IS NULL OR target.retractedAt > coalesce(known, target.retractedAt))
CALL (target, known) {
  MATCH (target)<-[targets:TARGETS]-(m:Measure)
  WHERE (known IS NULL OR coalesce(targets.assertedAt <= known, true)) AND (targets.retractedAt IS NULL OR targets.retractedAt > coalesce(known, targets.retractedAt))
  RETURN m, {type: 'TARGETS', from: m.id, to: target.id,
    // As known then: the version that held at `known` if it was restated since.
    props: coalesce(CASE WHEN known IS NOT NULL AND coalesce(targets.updatedAt, targets.assertedAt, known) > known
      THEN COLLECT { MATCH (version:Version {versionOf: targets.id}) WHERE coalesce(version.updatedAt, version.assertedAt) <= known < version.supersededAt RETURN version {.*, assertedAt: toFloat(version.assertedAt.epochMillis), updatedAt: toFloat(version.updatedAt.epochMillis), retractedAt: toFloat(version.retractedAt.epochMillis), supersededAt: toFloat(version.supersededAt.epochMillis)} }[0] END, targets {.*, assertedAt: toFloat(targets.assertedAt.epochMillis), updatedAt: toFloat(targets.updatedAt.epochMillis), retractedAt: toFloat(targets.retractedAt.epochMillis)})} AS targetHop
  UNION
  // A measure on all destinations reaches every country: found now by the index on its scope,
  // (a TARGETS standing, not retracted, already gave its hop above; a retracted one hides nothing)
  MATCH (m:Measure)
  WHERE known IS NULL AND m.scope IN ['ALL_DESTINATIONS', 'ALL_EXCEPT'] AND target:Country
    AND NOT EXISTS { (m)-[t:TARGETS]->(target) WHERE t.retractedAt IS NULL }
  RETURN m, {type: 'TARGETS', from: m.id, to: target.id, props: {scope: m.scope, sourceIds: m.sourceIds, quote: coalesce(m.scopeQuote, m.quote), confidence: m.confidence, inferred: coalesce(m.scopeInferred, m.inferred), rationale: coalesce(m.scopeRationale, m.rationale)}} AS targetHop
  UNION
  // and as known then by the scope of the version that held at `known` (it may have changed
  // since); the CALL keeps the scan of every measure for when `known` is given.
  WITH target, known WHERE known IS NOT NULL AND target:Country
  CALL (target, known) {
    MATCH (m:Measure)
    WHERE NOT EXISTS { (m)-[t:TARGETS]->(target) WHERE coalesce(t.assertedAt <= known, true) AND (t.retractedAt IS NULL OR t.retractedAt > known) }
    WITH m, CASE WHEN coalesce(m.updatedAt, m.assertedAt, known) <= known THEN m
        ELSE coalesce(COLLECT { MATCH (m)-[:PREVIOUS_VERSION]->(version:Version) WHERE coalesce(version.updatedAt, version.assertedAt) <= known < version.supersededAt RETURN version }[0], m) END AS state
    WHERE state.scope IN ['ALL_DESTINATIONS', 'ALL_EXCEPT']
    RETURN m, state
  }
  RETURN m, {type: 'TARGETS', from: m.id, to: target.id, props: {scope: state.scope, sourceIds: state.sourceIds, quote: coalesce(state.scopeQuote, state.quote), confidence: state.confidence, inferred: coalesce(state.scopeInferred, state.inferred), rationale: coalesce(state.scopeRationale, state.rationale)}} AS targetHop
}
WITH m, target, targetHop, known
WHERE (known IS NULL OR coalesce(m.assertedAt <= known, true)) AND (m.retractedAt IS NULL OR m.retractedAt > coalesce(known, m.retractedAt))
  // The imposer is never a target, and an exemption wins over any target.
  AND NOT EXISTS { MATCH (m)-[r:IMPOSED_BY|EXEMPTS]->(target) WHERE (known IS NULL OR coalesce(r.assertedAt <= known, true)) AND (r.retractedAt IS NULL OR r.retractedAt > coalesce(known, r.retractedAt)) }
WITH m, known, collect(targetHop) AS targetHops
// The measure as known then (its scope and the scope's provenance).
WITH m, known, targetHops, CASE WHEN known IS NULL OR coalesce(m.updatedAt, m.assertedAt, known) <= known THEN m
    ELSE coalesce(COLLECT { MATCH (m)-[:PREVIOUS_VERSION]->(version:Version) WHERE coalesce(version.updatedAt, version.assertedAt) <= known < version.supersededAt RETURN version }[0], m) END AS state
// The COVERS hops first: with $goodIds, a measure covering none of those goods is on no path of
// the firm's, and only its status is read (an answer says when a status may be wrong).
WITH m, known, targetHops, state, COLLECT {
    MATCH (m)-[covers:COVERS]->(good:Commodity)
    WHERE ($goodIds IS NULL OR good.id IN $goodIds) AND (known IS NULL OR coalesce(covers.assertedAt <= known, true)) AND (covers.retractedAt IS NULL OR covers.retractedAt > coalesce(known, covers.retractedAt)) AND (known IS NULL OR coalesce(good.assertedAt <= known, true)) AND (good.retractedAt IS NULL OR good.retractedAt > coalesce(known, good.retractedAt))
    RETURN {type: 'COVERS', from: m.id, to: good.id,
      props: coalesce(CASE WHEN known IS NOT NULL AND coalesce(covers.updatedAt, covers.assertedAt, known) > known
        THEN COLLECT { MATCH (version:Version {versionOf: covers.id}) WHERE coalesce(version.updatedAt, version.assertedAt) <= known < version.supersededAt RETURN version {.*, assertedAt: toFloat(version.assertedAt.epochMillis), updatedAt: toFloat(version.updatedAt.epochMillis), retractedAt: toFloat(version.retractedAt.epochMillis), supersededAt: toFloat(version.supersededAt.epochMillis)} }[0] END, covers {.*, assertedAt: toFloat(covers.assertedAt.epochMillis), updatedAt: toFloat(covers.updatedAt.epochMillis), retractedAt: toFloat(covers.retractedAt.epochMillis)})}
  } AS coverHops
WITH m, known, state, coverHops, $goodIds IS NULL OR coverHops <> [] AS onPath,
  CASE WHEN $goodIds IS NULL OR coverHops <> [] THEN targetHops ELSE [] END AS targetHops
// Each status change dated on or before $asOf, for the dates rule of as-of.ts.
WITH m, known, state, coverHops, onPath, targetHops,
  COLLECT {
    MATCH (m)-[:HAD_STATUS]->(s:StatusChange)
    WHERE (known IS NULL OR coalesce(s.assertedAt <= known, true)) AND (s.retractedAt IS NULL OR s.retractedAt > coalesce(known, s.retractedAt))
    // Each change as known then (its date and status): the version that held at `known` if an
    // import corrected it since.
    WITH s, CASE WHEN known IS NULL OR coalesce(s.updatedAt, s.assertedAt, known) <= known THEN s
      ELSE coalesce(COLLECT { MATCH (s)-[:PREVIOUS_VERSION]->(version:Version) WHERE coalesce(version.updatedAt, version.assertedAt) <= known < version.supersededAt RETURN version }[0], s) END AS changeThen
    WHERE changeThen.on <= date($asOf)
    RETURN {status: changeThen.status, on: toString(changeThen.on), precision: changeThen.onPrecision, index: changeThen.index} AS change ORDER BY changeThen.index
  } AS changes
// A measure on no path of the firm's counts in its answer only through `uncertainty`: kept only
// if a change is dated to a month or a year whose period may run past $asOf (as-of.ts decides;
// this leaves out only measures that cannot be uncertain that day). Most measures against a
// much-targeted country are such (96% of the rows on the medium benchmark graph).
WHERE onPath OR any(c IN changes WHERE (c.precision = 'month' AND date(c.on) + duration('P1M') > date($asOf))
  OR (c.precision = 'year' AND date(c.on) + duration('P1Y') > date($asOf)))
RETURN
  m.id AS measureId,
  changes,
  coalesce(state.scope, 'NAMED_TARGETS') AS scope,
  CASE WHEN onPath THEN {scope: coalesce(state.scope, 'NAMED_TARGETS'), sourceIds: state.sourceIds, quote: coalesce(state.scopeQuote, state.quote), confidence: state.confidence, inferred: coalesce(state.scopeInferred, state.inferred), rationale: coalesce(state.scopeRationale, state.rationale)}
    ELSE {scope: coalesce(state.scope, 'NAMED_TARGETS')} END AS scopeProps,
  targetHops,
  [] AS exemptIds,
  COLLECT {
    MATCH (m)-[imposed:IMPOSED_BY]->(imposer)
    WHERE (known IS NULL OR coalesce(imposed.assertedAt <= known, true)) AND (imposed.retractedAt IS NULL OR imposed.retractedAt > coalesce(known, imposed.retractedAt)) AND (known IS NULL OR coalesce(imposer.assertedAt <= known, true)) AND (imposer.retractedAt IS NULL OR imposer.retractedAt > coalesce(known, imposer.retractedAt))
    RETURN imposer.id
  } AS imposerIds,
  coverHops
ORDER BY measureId
