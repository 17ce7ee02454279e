// The firms in each of $sectorIds: a sector passes its dependencies on to the firms in it.
// Retracted facts are ignored, and with $knownAt (an instant) the graph is read as it was known
// then: only facts asserted by then and not retracted by then count (docs/history.md).
WITH CASE WHEN $knownAt IS NULL THEN null ELSE datetime($knownAt) END AS known
UNWIND $sectorIds AS sectorId
MATCH (firm:Company)-[inSector:IN_SECTOR]->(sector:Entity {id: sectorId})
WHERE (known IS NULL OR coalesce(inSector.assertedAt <= known, true)) AND (inSector.retractedAt IS NULL OR inSector.retractedAt > coalesce(known, inSector.retractedAt)) AND (known IS NULL OR coalesce(firm.assertedAt <= known, true)) AND (firm.retractedAt IS NULL OR firm.retractedAt > coalesce(known, firm.retractedAt))
RETURN sector.id AS sectorId, firm.id AS firmId,
  {type: 'IN_SECTOR', from: firm.id, to: sector.id,
    // As known then: the version that held at `known` if it was restated since.
    props: coalesce(CASE WHEN known IS NOT NULL AND coalesce(inSector.updatedAt, inSector.assertedAt, known) > known
      THEN COLLECT { MATCH (version:Version {versionOf: inSector.id}) WHERE coalesce(version.updatedAt, version.assertedAt) <= known < version.supersededAt RETURN version {.*, assertedAt: toFloat(version.assertedAt.epochMillis), updatedAt: toFloat(version.updatedAt.epochMillis), retractedAt: toFloat(version.retractedAt.epochMillis), supersededAt: toFloat(version.supersededAt.epochMillis)} }[0] END, inSector {.*, assertedAt: toFloat(inSector.assertedAt.epochMillis), updatedAt: toFloat(inSector.updatedAt.epochMillis), retractedAt: toFloat(inSector.retractedAt.epochMillis)})} AS hop
