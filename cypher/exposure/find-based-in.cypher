// The countries firms are based in (of $countryIds only, unless it is null), with the BASED_IN
// relationship for the path's last hop.
// Retracted facts are ignored, and with $knownAt (an instant) the graph is read as it was known
// then: only facts asserted by then and not retracted by then count (docs/history.md).
WITH CASE WHEN $knownAt IS NULL THEN null ELSE datetime($knownAt) END AS known
UNWIND $firmIds AS firmId
MATCH (firm:Entity {id: firmId})-[basedIn:BASED_IN]->(country:Country)
WHERE ($countryIds IS NULL OR country.id IN $countryIds)
  AND (known IS NULL OR coalesce(basedIn.assertedAt <= known, true)) AND (basedIn.retractedAt IS NULL OR basedIn.retractedAt > coalesce(known, basedIn.retractedAt))
  AND (known IS NULL OR coalesce(country.assertedAt <= known, true)) AND (country.retractedAt IS NULL OR country.retractedAt > coalesce(known, country.retractedAt))
RETURN firm.id AS firmId, country.id AS countryId,
  {type: 'BASED_IN', from: firm.id, to: country.id,
    // As known then: the version that held at `known` if it was restated since.
    props: coalesce(CASE WHEN known IS NOT NULL AND coalesce(basedIn.updatedAt, basedIn.assertedAt, known) > known
      THEN COLLECT { MATCH (version:Version {versionOf: basedIn.id}) WHERE coalesce(version.updatedAt, version.assertedAt) <= known < version.supersededAt RETURN version {.*, assertedAt: toFloat(version.assertedAt.epochMillis), updatedAt: toFloat(version.updatedAt.epochMillis), retractedAt: toFloat(version.retractedAt.epochMillis), supersededAt: toFloat(version.supersededAt.epochMillis)} }[0] END, basedIn {.*, assertedAt: toFloat(basedIn.assertedAt.epochMillis), updatedAt: toFloat(basedIn.updatedAt.epochMillis), retractedAt: toFloat(basedIn.retractedAt.epochMillis)})} AS hop
