// What one measure reaches on $asOf: its status changes dated on or before that day (the rule for
// dates known to the month or year is applied in src/exposure/as-of.ts), its scope (named targets,
// all destinations, all except a list), whom it names and exempts, who imposed it, and the goods
// it covers, with the relationships for the path's hops.
// Retracted facts are ignored, and with $knownAt (an instant) the graph is read as it was known
// then: only facts asserted by then and not retracted by then count (docs/history.md).
WITH CASE WHEN $knownAt IS NULL THEN null ELSE datetime($knownAt) END AS known
MATCH (m:Measure:Entity {id: $measureId})
WITH m, known, (known IS NULL OR coalesce(m.assertedAt <= known, true)) AND (m.retractedAt IS NULL OR m.retractedAt > coalesce(known, m.retractedAt)) AS visible,
  // The measure as known then (its scope and the scope's provenance), and below each
  // relationship's properties: the version that held at `known` if restated since.
  CASE WHEN known IS NULL OR coalesce(m.updatedAt, m.assertedAt, known) <= known THEN m
    ELSE coalesce(COLLECT { MATCH (m)-[:PREVIOUS_VERSION]->(version:Version) WHERE coalesce(version.updatedAt, version.assertedAt) <= known < version.supersededAt RETURN version }[0], m) END AS state
RETURN
  m.id AS measureId,
  // What the argument check needs (src/schema/exposure/exposure.ts): it is a measure, and whether
  // a hypothetical one, which only simulate answers.
  coalesce(m.hypothetical = true, false) AS hypothetical,
  CASE WHEN visible THEN COLLECT {
    MATCH (m)-[:HAD_STATUS]->(s:StatusChange)
    WHERE (known IS NULL OR coalesce(s.assertedAt <= known, true)) AND (s.retractedAt IS NULL OR s.retractedAt > coalesce(known, s.retractedAt))
    // Each change as known then (its date and status): the version that held at `known` if an
    // import corrected it since.
    WITH s, CASE WHEN known IS NULL OR coalesce(s.updatedAt, s.assertedAt, known) <= known THEN s
      ELSE coalesce(COLLECT { MATCH (s)-[:PREVIOUS_VERSION]->(version:Version) WHERE coalesce(version.updatedAt, version.assertedAt) <= known < version.supersededAt RETURN version }[0], s) END AS changeThen
    WHERE changeThen.on <= date($asOf)
    RETURN {status: changeThen.status, on: toString(changeThen.on), precision: changeThen.onPrecision, index: changeThen.index} AS change ORDER BY changeThen.index
  } ELSE [] END AS changes,
  coalesce(state.scope, 'NAMED_TARGETS') AS scope,
  {scope: coalesce(state.scope, 'NAMED_TARGETS'), sourceIds: state.sourceIds, quote: coalesce(state.scopeQuote, state.quote), confidence: state.confidence, inferred: coalesce(state.scopeInferred, state.inferred), rationale: coalesce(state.scopeRationale, state.rationale)} AS scopeProps,
  COLLECT {
    MATCH (m)-[targets:TARGETS]->(target)
    WHERE (known IS NULL OR coalesce(targets.assertedAt <= known, true)) AND (targets.retractedAt IS NULL OR targets.retractedAt > coalesce(known, targets.retractedAt)) AND (known IS NULL OR coalesce(target.assertedAt <= known, true)) AND (target.retractedAt IS NULL OR target.retractedAt > coalesce(known, target.retractedAt))
    RETURN {type: 'TARGETS', from: m.id, to: target.id,
      props: coalesce(CASE WHEN known IS NOT NULL AND coalesce(targets.updatedAt, targets.assertedAt, known) > known
        THEN COLLECT { MATCH (version:Version {versionOf: targets.id}) WHERE coalesce(version.updatedAt, version.assertedAt) <= known < version.supersededAt RETURN version {.*, assertedAt: toFloat(version.assertedAt.epochMillis), updatedAt: toFloat(version.updatedAt.epochMillis), retractedAt: toFloat(version.retractedAt.epochMillis), supersededAt: toFloat(version.supersededAt.epochMillis)} }[0] END, targets {.*, assertedAt: toFloat(targets.assertedAt.epochMillis), updatedAt: toFloat(targets.updatedAt.epochMillis), retractedAt: toFloat(targets.retractedAt.epochMillis)})}
  } AS targetHops,
  COLLECT {
    MATCH (m)-[exempts:EXEMPTS]->(exempt)
    WHERE (known IS NULL OR coalesce(exempts.assertedAt <= known, true)) AND (exempts.retractedAt IS NULL OR exempts.retractedAt > coalesce(known, exempts.retractedAt))
    RETURN exempt.id
  } AS exemptIds,
  COLLECT {
    MATCH (m)-[imposed:IMPOSED_BY]->(imposer)
    WHERE (known IS NULL OR coalesce(imposed.assertedAt <= known, true)) AND (imposed.retractedAt IS NULL OR imposed.retractedAt > coalesce(known, imposed.retractedAt)) AND (known IS NULL OR coalesce(imposer.assertedAt <= known, true)) AND (imposer.retractedAt IS NULL OR imposer.retractedAt > coalesce(known, imposer.retractedAt))
    RETURN imposer.id
  } AS imposerIds,
  COLLECT {
    MATCH (m)-[covers:COVERS]->(good:Commodity)
    WHERE (known IS NULL OR coalesce(covers.assertedAt <= known, true)) AND (covers.retractedAt IS NULL OR covers.retractedAt > coalesce(known, covers.retractedAt)) AND (known IS NULL OR coalesce(good.assertedAt <= known, true)) AND (good.retractedAt IS NULL OR good.retractedAt > coalesce(known, good.retractedAt))
    RETURN {type: 'COVERS', from: m.id, to: good.id,
      props: coalesce(CASE WHEN known IS NOT NULL AND coalesce(covers.updatedAt, covers.assertedAt, known) > known
        THEN COLLECT { MATCH (version:Version {versionOf: covers.id}) WHERE coalesce(version.updatedAt, version.assertedAt) <= known < version.supersededAt RETURN version {.*, assertedAt: toFloat(version.assertedAt.epochMillis), updatedAt: toFloat(version.updatedAt.epochMillis), retractedAt: toFloat(version.retractedAt.epochMillis), supersededAt: toFloat(version.supersededAt.epochMillis)} }[0] END, covers {.*, assertedAt: toFloat(covers.assertedAt.epochMillis), updatedAt: toFloat(covers.updatedAt.epochMillis), retractedAt: toFloat(covers.retractedAt.epochMillis)})}
  } AS coverHops
